"""p484-4: ministry site (Bộ Thông tin và Truyền thông), public digital-signature certificates, national, to 10/2024."""
from lib import F, P, INH, CH, TG, emit

TEXT = """BỘ THÔNG TIN VÀ TRUYỀN THÔNG
Trang chủ » Tin tức » Chuyển đổi số

Cả nước có hơn 9,3 triệu chứng thư chữ ký số công cộng đang hoạt động

18/11/2024 16:05 | Lượt xem: 2.405

Theo Trung tâm Chứng thực điện tử quốc gia (NEAC), tính đến hết tháng 10/2024, cả nước có 9.356.420 chứng thư chữ ký số công cộng đang hoạt động, tăng 38,6% so với cùng thời điểm năm 2023. Trong đó, chứng thư số cấp cho cá nhân là 7.982.105, chiếm 85,3%; cấp cho doanh nghiệp, tổ chức là 1.374.315 chứng thư số. Bình quân cả nước đạt 94 chứng thư số/1.000 dân.

Riêng 10 tháng năm 2024, số chứng thư số cấp mới đạt khoảng 2,6 triệu, gấp 1,8 lần cùng kỳ. Các địa phương có nhiều chứng thư số cá nhân nhất là TP Hồ Chí Minh với 1,42 triệu, Hà Nội 1,18 triệu và Bình Dương 386.000 chứng thư số.

Hiện có 24 tổ chức được cấp phép cung cấp dịch vụ chứng thực chữ ký số công cộng, trong đó 5 doanh nghiệp lớn chiếm khoảng 80% thị phần.

Ở khu vực nhà nước, 100% bộ, ngành và 63/63 tỉnh, thành phố đã ký số trên văn bản điện tử; tỷ lệ văn bản điện tử được ký số đạt 93,8%. Cổng Dịch vụ công quốc gia đã tích hợp ký số trực tuyến cho 1.025 thủ tục hành chính.

Theo Luật Giao dịch điện tử số 20/2023/QH15 và Chiến lược quốc gia phát triển kinh tế số, xã hội số, đến năm 2025, tỷ lệ dân số trưởng thành có chữ ký số hoặc chữ ký điện tử cá nhân đạt trên 50%; giá dịch vụ ký số từ xa dự kiến giảm còn khoảng 100.000 đồng/năm.

Bộ Thông tin và Truyền thông - 18 Nguyễn Du, Hà Nội. Đường dây nóng: 024.3943.7009.
"""

ASOF = P("tính đến hết tháng 10/2024", end="2024-10-31")
M10 = P("10 tháng năm 2024", "2024-01-01", "2024-10-31")
Y25 = P("đến năm 2025", end="2025-12-31")
CTS = "chứng thư số"

FIGS = [
    F("hơn 9,3 triệu", "9,3", 9.3e6, "count", "chứng thư chữ ký số",
      "chứng thư chữ ký số công cộng đang hoạt động", approx="over"),
    F("có 9.356.420 chứng thư", "9.356.420", 9356420, "count", "chứng thư chữ ký số",
      "chứng thư chữ ký số công cộng đang hoạt động", ASOF,
      change=CH("increase", 38.6, baseline="cùng thời điểm năm 2023")),
    F("là 7.982.105", "7.982.105", 7982105, "count", CTS, "chứng thư số cấp cho cá nhân", INH(ASOF),
      total=9356420, percent=85.3),
    F("là 1.374.315", "1.374.315", 1374315, "count", CTS, "chứng thư số cấp cho doanh nghiệp, tổ chức",
      INH(ASOF), total=9356420),
    F("đạt 94 chứng thư số/1.000 dân", "94", 94, "measure", "chứng thư số/1.000 dân",
      "chứng thư số bình quân trên 1.000 dân"),
    F("khoảng 2,6 triệu", "2,6", 2.6e6, "count", CTS, "chứng thư số cấp mới", M10, approx="about",
      change=CH("increase", 1.8, "lần", baseline="cùng kỳ")),
    F("với 1,42 triệu", "1,42", 1.42e6, "count", CTS, "chứng thư số cá nhân", location="TP Hồ Chí Minh"),
    F("Hà Nội 1,18 triệu", "1,18", 1.18e6, "count", CTS, "chứng thư số cá nhân", location="Hà Nội"),
    F("Bình Dương 386.000", "386.000", 386000, "count", CTS, "chứng thư số cá nhân", location="Bình Dương"),
    F("có 24 tổ chức", "24", 24, "count", "tổ chức",
      "tổ chức được cấp phép cung cấp dịch vụ chứng thực chữ ký số công cộng"),
    F("trong đó 5 doanh nghiệp", "5", 5, "count", "doanh nghiệp", "doanh nghiệp lớn", total=24, percent=80),
    F("nước, 100% bộ", "100", 100, "percent", "%", "bộ, ngành đã ký số trên văn bản điện tử"),
    F("63/63 tỉnh", "63", 63, "count", "tỉnh, thành phố", "tỉnh, thành phố đã ký số trên văn bản điện tử",
      total=63),
    F("ký số đạt 93,8%", "93,8", 93.8, "percent", "%", "tỷ lệ văn bản điện tử được ký số"),
    F("cho 1.025 thủ tục", "1.025", 1025, "count", "thủ tục hành chính",
      "thủ tục hành chính được tích hợp ký số trực tuyến trên Cổng Dịch vụ công quốc gia"),
    F("đạt trên 50%", "50", 50, "percent", "%",
      "tỷ lệ dân số trưởng thành có chữ ký số hoặc chữ ký điện tử cá nhân", Y25, approx="over", status="target"),
    F("khoảng 100.000 đồng/năm", "100.000", 100000, "money", "đồng/năm", "giá dịch vụ ký số từ xa", Y25,
      approx="about", status="forecast"),
]

COMMENTS = [
    "Ministry site (Bộ TT&TT), dateline '18/11/2024 16:05 | Lượt xem: 2.405'; national figures, location Việt Nam.",
    "7.982.105 + 1.374.315 = 9.356.420 (Trong đó parts, unit only on the second). '94 chứng thư số/1.000 dân' is a rate (measure).",
    "revised after the first run: the rate's subject now names the rate ('chứng thư số bình quân trên 1.000 dân'), as shared",
    "h07/h24 name rate indicators with their denominator; it was 'chứng thư số bình quân cả nước' (the count, not the rate).",
    "'gấp 1,8 lần cùng kỳ' right after a figure is its change (lần), as 'tăng … lần'; provinces in the list go to location.",
    "'chiếm khoảng 80% thị phần' is the share of the 5 firms (percent 80; approx belongs to the share, not to the count).",
    "'Luật … số 20/2023/QH15', '18 Nguyễn Du', the hotline are not figures. 'giảm còn khoảng 100.000 đồng/năm': the level, not a change.",
]

if __name__ == "__main__":
    emit("p484-4", TEXT, COMMENTS, FIGS, published="2024-11-18", location="Việt Nam")
