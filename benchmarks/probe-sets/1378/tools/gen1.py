"""p1378-1: province portal (Hà Giang): free newspapers and magazines for ethnic-minority areas, 10 months 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Văn hóa - Xã hội

Hà Giang: Hơn 1,2 triệu bản báo, tạp chí đến với vùng đồng bào dân tộc thiểu số

Cập nhật: 14/11/2024 09:35 | Lượt xem: 1.286

Theo Sở Thông tin và Truyền thông, 10 tháng đầu năm 2024, Bưu điện tỉnh Hà Giang đã phát hành 1.246.500 bản báo, tạp chí cấp không thu tiền theo Quyết định số 45/2019/QĐ-TTg của Thủ tướng Chính phủ, tăng 4,6% so với cùng kỳ năm 2023, bằng 83,1% kế hoạch năm. Trong đó, báo in 1.018.200 bản, tạp chí 228.300 bản.

Các ấn phẩm được cấp cho 2.037 thôn, bản đặc biệt khó khăn, gần hai nghìn người có uy tín trong đồng bào dân tộc thiểu số và 38 trường phổ thông dân tộc nội trú, bán trú. Tỷ lệ báo, tạp chí đến tay bạn đọc trong ngày đạt 92%; riêng các xã vùng cao biên giới chỉ đạt 65-70% do đường sá khó khăn, nhiều thôn cách trung tâm xã trên 20 km.

Kinh phí thực hiện năm 2024 khoảng 6,8 tỷ đồng từ nguồn ngân sách trung ương.

Thực hiện Chỉ thị số 11-CT/TW của Bộ Chính trị về mua và đọc báo, tạp chí của Đảng, toàn tỉnh có 2.145/2.145 chi bộ đặt mua Báo Nhân Dân và Báo Hà Giang. Báo Hà Giang hiện phát hành bình quân 4.200 tờ/kỳ, tăng khoảng 300 tờ so với năm 2023. Mạng lưới phát hành có 33 bưu cục, trong đó 11 Bưu cục cấp 3, cùng 156 điểm Bưu điện - Văn hóa xã.

Năm 2025, ngành phấn đấu nâng tỷ lệ báo đến trong ngày lên trên 95%, rút ngắn thời gian báo đến các xã biên giới xuống dưới 24 giờ.

Tin liên quan:
- Khai mạc Hội báo Xuân Giáp Thìn 2024 tỉnh Hà Giang
- Hà Giang tổng kết công tác báo chí năm 2023
"""

M10 = per("10 tháng đầu năm 2024", "2024-01-01", "2024-10-31")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    fig("Hơn 1,2 triệu bản", "1,2", 1.2e6, "count", "bản", approx="over",
        subject="bản báo, tạp chí đến với vùng đồng bào dân tộc thiểu số"),
    fig("phát hành 1.246.500 bản", "1.246.500", 1246500, "count", "bản", percent=83.1,
        change=chg("increase", 4.6, "%", "cùng kỳ năm 2023"),
        subject="bản báo, tạp chí cấp không thu tiền Bưu điện tỉnh phát hành", period=M10),
    fig("báo in 1.018.200 bản", "1.018.200", 1018200, "count", "bản", total=1246500,
        subject="báo in", period=inh(M10)),
    fig("tạp chí 228.300 bản", "228.300", 228300, "count", "bản", total=1246500,
        subject="tạp chí", period=inh(M10)),
    fig("cho 2.037 thôn", "2.037", 2037, "count", "thôn, bản",
        subject="thôn, bản đặc biệt khó khăn được cấp ấn phẩm"),
    fig("gần hai nghìn người", "hai", 2000, "count", "người", approx="nearly",
        subject="người có uy tín trong đồng bào dân tộc thiểu số được cấp ấn phẩm"),
    fig("và 38 trường", "38", 38, "count", "trường",
        subject="trường phổ thông dân tộc nội trú, bán trú được cấp ấn phẩm"),
    fig("trong ngày đạt 92%", "92", 92, "percent", "%",
        subject="tỷ lệ báo, tạp chí đến tay bạn đọc trong ngày", period=inh(M10)),
    fig("chỉ đạt 65-70%", "65", 65, "percent", "%", value_max=70,
        subject="tỷ lệ báo, tạp chí đến tay bạn đọc trong ngày ở các xã vùng cao biên giới", period=inh(M10)),
    fig("trên 20 km", "20", 20, "measure", "km", approx="over",
        subject="khoảng cách từ thôn đến trung tâm xã"),
    fig("khoảng 6,8 tỷ", "6,8", 6.8e9, "money", "đồng", approx="about",
        subject="kinh phí thực hiện", period=Y24),
    fig("có 2.145/2.145 chi bộ", "2.145", 2145, "count", "chi bộ", total=2145,
        subject="chi bộ đặt mua Báo Nhân Dân và Báo Hà Giang"),
    fig("bình quân 4.200 tờ/kỳ", "4.200", 4200, "measure", "tờ/kỳ",
        change=chg("increase", 300, "tờ", "năm 2023", approx="about"),
        subject="số lượng phát hành bình quân Báo Hà Giang"),
    fig("có 33 bưu cục", "33", 33, "count", "bưu cục", subject="bưu cục trong mạng lưới phát hành"),
    fig("trong đó 11 Bưu cục", "11", 11, "count", "Bưu cục cấp 3", total=33, subject="Bưu cục cấp 3"),
    fig("cùng 156 điểm", "156", 156, "count", "điểm Bưu điện - Văn hóa xã",
        subject="điểm Bưu điện - Văn hóa xã trong mạng lưới phát hành"),
    fig("lên trên 95%", "95", 95, "percent", "%", approx="over", status="target",
        subject="tỷ lệ báo đến trong ngày", period=Y25),
    fig("dưới 24 giờ", "24", 24, "measure", "giờ", approx="under", status="target",
        subject="thời gian báo đến các xã biên giới", period=Y25),
]

NOTES = [
    "Province portal (Hà Giang): free press under Quyết định số 45/2019/QĐ-TTg, 10 months 2024; breadcrumb, 'Cập nhật: 14/11/2024 09:35 | Lượt xem: 1.286'.",
    "Distractors: 09:35, Lượt xem 1.286, Quyết định số 45/2019/QĐ-TTg, Chỉ thị số 11-CT/TW, 'Bưu cục cấp 3', 'Giáp Thìn 2024' and 'năm 2023' in links.",
    "Headline 'Hơn 1,2 triệu bản' is its own figure (over); no period in the headline.",
    "'bằng 83,1% kế hoạch năm' → percent attribute; 'Trong đó' parts after a sentence break take total 1.246.500, period inherited.",
    "'gần hai nghìn người' = 2000 (number word × nghìn), nearly. Rates 92% and 65-70% stand in the next paragraph: period inherited.",
    "'2.145/2.145 chi bộ' → total 2145. '4.200 tờ/kỳ' is a per-issue rate (measure), change 'tăng khoảng 300 tờ so với năm 2023'.",
    "'33 bưu cục, trong đó 11 Bưu cục cấp 3' → total 33 ('cấp 3' is a name); '156 điểm' after 'cùng' is a sibling, no total.",
    "'Năm 2025, ngành phấn đấu ...' governs both clauses: target; 'dưới 24 giờ' → under.",
]

if __name__ == "__main__":
    write("p1378-1", TEXT, NOTES, FIGS, published="2024-11-14", location="Hà Giang")
