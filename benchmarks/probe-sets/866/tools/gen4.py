"""p866-4: ministry site (Bộ Thông tin và Truyền thông): national postal market 2023, targets 2024-2025."""
from lib import C, F, I, P, write

TEXT = """BỘ THÔNG TIN VÀ TRUYỀN THÔNG
Trang chủ | Tin tức - Sự kiện | Bưu chính
Năm 2023, doanh thu lĩnh vực bưu chính tăng gần 20%
Ngày đăng: 08/01/2024 | Lượt xem: 1.204

Theo báo cáo của Vụ Bưu chính tại hội nghị tổng kết năm 2023, tổng doanh thu dịch vụ bưu chính cả nước năm 2023 ước đạt 59.280 tỷ đồng, tăng 19,4% so với năm 2022; sản lượng bưu gửi ước đạt 2,45 tỷ bưu gửi, tăng 22%. Sản lượng năm 2023 gấp khoảng 1,7 lần năm 2020.

Tính đến ngày 31/12/2023, cả nước có 812 doanh nghiệp được cấp giấy phép hoặc xác nhận thông báo hoạt động bưu chính, tăng 54 doanh nghiệp so với cuối năm 2022; trong đó có 46 doanh nghiệp có vốn đầu tư nước ngoài. Mạng lưới có khoảng 20.000 điểm phục vụ, số dân được phục vụ bình quân 4.950 người/điểm.

Thị trường tiếp tục cạnh tranh mạnh: 5 doanh nghiệp lớn nhất chiếm khoảng 81% thị phần sản lượng, trong đó Giao hàng Tiết kiệm, Viettel Post và Tổng công ty Bưu điện Việt Nam lần lượt chiếm 26,8%, 19,3% và 14,1%. Bưu gửi thương mại điện tử chiếm trên 70% tổng sản lượng.

Về địa bàn, TP. Hồ Chí Minh và Hà Nội tiếp tục dẫn đầu với tỷ trọng sản lượng lần lượt là 34,6% và 27,9%; Bình Dương đứng thứ 3 với 5,2%. Năm 2023, số bưu gửi bình quân đạt 24,4 bưu gửi/người/năm, cao hơn mức 19,8 bưu gửi/người/năm của năm 2022.

Năm 2024, Bộ đặt mục tiêu doanh thu bưu chính đạt khoảng 70.000 tỷ đồng, tăng 18% so với năm 2023; đến năm 2025, 100% bưu gửi được gắn mã bưu chính quốc gia. Tốc độ tăng trưởng doanh thu giai đoạn 2021-2025 dự kiến đạt bình quân 20-25%/năm, theo định hướng của Luật Bưu chính số 49/2010/QH12 sửa đổi.

Cổng thông tin điện tử Bộ Thông tin và Truyền thông
Địa chỉ: 18 Nguyễn Du, Hai Bà Trưng, Hà Nội - Điện thoại: 024.3943.7478
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y23H = P("Năm 2023", "2023-01-01", "2023-12-31")
ASOF = P("Tính đến ngày 31/12/2023", None, "2023-12-31")
Y22 = P("năm 2022", "2022-01-01", "2022-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
TO25 = P("đến năm 2025", None, "2025-12-31")
G2125 = P("giai đoạn 2021-2025", "2021-01-01", "2025-12-31")
SHARE = "thị phần sản lượng"
PROV = "tỷ trọng sản lượng bưu gửi"

FIGS = [
    F("tăng gần 20%", "20", 20, "percent", "%", "tăng trưởng doanh thu lĩnh vực bưu chính", Y23H, approx="nearly"),
    F("ước đạt 59.280 tỷ đồng", "59.280", 59280e9, "money", "đồng", "tổng doanh thu dịch vụ bưu chính", Y23,
      change=C("increase", 19.4, baseline="năm 2022"), status="estimate"),
    F("ước đạt 2,45 tỷ bưu gửi", "2,45", 2.45e9, "count", "bưu gửi", "sản lượng bưu gửi", Y23,
      change=C("increase", 22), status="estimate"),
    F("gấp khoảng 1,7 lần", "1,7", 1.7, "multiple", "lần", "sản lượng năm 2023 so với năm 2020",
      P("năm 2023", "2023-01-01", "2023-12-31"), approx="about"),
    F("có 812 doanh nghiệp", "812", 812, "count", "doanh nghiệp",
      "doanh nghiệp được cấp giấy phép hoặc xác nhận thông báo hoạt động bưu chính", ASOF,
      change=C("increase", 54, "doanh nghiệp", baseline="cuối năm 2022")),
    F("có 46 doanh nghiệp", "46", 46, "count", "doanh nghiệp", "doanh nghiệp có vốn đầu tư nước ngoài", ASOF,
      total=812),
    F("khoảng 20.000 điểm phục vụ", "20.000", 20000, "count", "điểm phục vụ", "điểm phục vụ bưu chính", I(ASOF),
      approx="about"),
    F("bình quân 4.950 người/điểm", "4.950", 4950, "measure", "người/điểm", "số dân được phục vụ bình quân", I(ASOF)),
    F("5 doanh nghiệp lớn nhất", "5", 5, "count", "doanh nghiệp", "doanh nghiệp lớn nhất", optional=True),
    F("chiếm khoảng 81%", "81", 81, "percent", "%", "thị phần sản lượng của 5 doanh nghiệp lớn nhất", I(Y23),
      approx="about"),
    F("chiếm 26,8%", "26,8", 26.8, "percent", "%", SHARE, I(Y23)),
    F("19,3% và", "19,3", 19.3, "percent", "%", SHARE, I(Y23)),
    F("và 14,1%", "14,1", 14.1, "percent", "%", SHARE, I(Y23)),
    F("chiếm trên 70%", "70", 70, "percent", "%", "bưu gửi thương mại điện tử trong tổng sản lượng", I(Y23),
      approx="over"),
    F("lần lượt là 34,6%", "34,6", 34.6, "percent", "%", PROV, I(Y23), location="TP. Hồ Chí Minh"),
    F("và 27,9%", "27,9", 27.9, "percent", "%", PROV, I(Y23), location="Hà Nội"),
    F("đứng thứ 3", "3", 3, "rank", "hạng", "thứ hạng tỷ trọng sản lượng bưu gửi", I(Y23), location="Bình Dương"),
    F("với 5,2%", "5,2", 5.2, "percent", "%", PROV, I(Y23), location="Bình Dương"),
    F("đạt 24,4 bưu gửi/người/năm", "24,4", 24.4, "measure", "bưu gửi/người/năm", "số bưu gửi bình quân", Y23H),
    F("mức 19,8 bưu gửi/người/năm", "19,8", 19.8, "measure", "bưu gửi/người/năm", "số bưu gửi bình quân", Y22),
    F("khoảng 70.000 tỷ đồng", "70.000", 70000e9, "money", "đồng", "doanh thu bưu chính", Y24,
      approx="about", change=C("increase", 18, baseline="năm 2023"), status="target"),
    F("100% bưu gửi", "100", 100, "percent", "%", "bưu gửi được gắn mã bưu chính quốc gia", TO25, status="target"),
    F("bình quân 20-25%/năm", "20", 20, "percent", "%", "tốc độ tăng trưởng doanh thu bình quân", G2125,
      value_max=25, status="forecast"),
]

NOTES = [
    "Ministry site (Bộ TT&TT): national postal market 2023 and targets. 'Ngày đăng: 08/01/2024'. Every figure is national",
    "unless a province is its list item (TP. Hồ Chí Minh, Hà Nội, Bình Dương); enterprises are not places (location Việt Nam).",
    "Headline 'Năm 2023 ... tăng gần 20%' is a percent figure (growth rate as the claim).",
    "'gấp khoảng 1,7 lần năm 2020' stands as its own sentence: a multiple; 'năm 2020' is its baseline, period năm 2023.",
    "'5 doanh nghiệp lớn nhất' defines a group (optional); its 'chiếm khoảng 81%' is the claim, a percent figure of its own.",
    "'cao hơn mức 19,8 ... của năm 2022' gives no change value: 19,8 is a figure of its own (period năm 2022).",
    "'đứng thứ 3' is a rank (Bình Dương) and '5,2%' its share. 'dự kiến đạt bình quân 20-25%/năm' is a forecast range.",
    "Distractors: 'Lượt xem: 1.204', Luật Bưu chính số 49/2010/QH12, '18 Nguyễn Du', phone, 'giai đoạn 2021-2025'.",
]

if __name__ == "__main__":
    write("p866-4", TEXT, FIGS, notes=NOTES, published="2024-01-08", location="Việt Nam")
