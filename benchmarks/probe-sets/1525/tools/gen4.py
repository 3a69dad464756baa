"""p1525-4: provincial newspaper (Báo Tây Ninh): dengue season, swatters and lamps sell fast."""
from lib import fig, per, inh, chg, write

TEXT = """BÁO TÂY NINH ĐIỆN TỬ
Thời sự | Kinh tế | Xã hội | Sức khỏe

Mùa sốt xuất huyết, vợt muỗi điện bán chạy

Thứ Ba, 09/07/2024 | 16:20

(BTNO) - Số ca sốt xuất huyết tăng cao khiến nhu cầu mua vợt muỗi điện, đèn bắt muỗi của người dân tăng mạnh. Nhiều cửa hàng cho biết lượng bán ra tăng gấp đôi so với đầu năm.

Theo Trung tâm Kiểm soát bệnh tật tỉnh, từ đầu năm đến ngày 5/7/2024, toàn tỉnh ghi nhận 1.146 ca mắc sốt xuất huyết, tăng 37% so với cùng kỳ năm 2023; riêng tháng 6 có 318 ca. Các huyện có số ca mắc cao là Gò Dầu (214 ca), Trảng Bàng (197 ca) và Hòa Thành (163 ca).

Tại cửa hàng điện gia dụng của chị Lê Thị Ngọc Hân trên đường 30/4, phường 3, TP Tây Ninh, mỗi ngày bán được 30-40 chiếc vợt muỗi điện, gấp 3 lần hồi tháng 3. Giá vợt muỗi phổ biến từ 65 ngàn đến 180 ngàn đồng/chiếc, đèn bắt muỗi từ 150.000 đến 450.000 đồng/chiếc. Giá các mặt hàng này tăng khoảng 10% so với năm trước.

Hệ thống Siêu thị điện máy Hòa Phát Tây Ninh cho biết, từ ngày 1/6 đến nay đã bán hơn 1.200 sản phẩm diệt muỗi các loại, trong đó gần 700 vợt muỗi điện. Mẫu đèn bắt muỗi dùng pin sạc chiếm khoảng 40% doanh số nhóm hàng này.

Ngành y tế khuyến cáo người dân chọn vợt muỗi có nguồn gốc rõ ràng, không sạc qua đêm. Từ đầu năm đến nay, Bệnh viện Đa khoa tỉnh tiếp nhận 4 trường hợp bị bỏng do vợt muỗi phát nổ khi đang sạc.

Song song với việc dùng vợt và đèn, tỉnh đã tổ chức hai đợt chiến dịch diệt lăng quăng tại 94 xã, phường, thị trấn.

NGỌC BÍCH
"""

TO5 = per("từ đầu năm đến ngày 5/7/2024", "2024-01-01", "2024-07-05")
JUN = per("tháng 6", "2024-06-01", "2024-06-30")
SINCE = per("từ ngày 1/6 đến nay", "2024-06-01", "2024-07-09")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-07-09")

FIGS = [
    fig("tăng gấp đôi", "đôi", 2, "multiple", "lần",
        subject="lượng vợt muỗi điện, đèn bắt muỗi bán ra của nhiều cửa hàng"),
    fig("ghi nhận 1.146 ca", "1.146", 1146, "count", "ca", change=chg("increase", 37, "%", "cùng kỳ năm 2023"),
        subject="ca mắc sốt xuất huyết", period=TO5),
    fig("có 318 ca", "318", 318, "count", "ca", subject="ca mắc sốt xuất huyết", period=JUN),
    fig("Gò Dầu (214 ca)", "214", 214, "count", "ca", subject="ca mắc sốt xuất huyết",
        period=inh(TO5), location="Gò Dầu"),
    fig("Trảng Bàng (197 ca)", "197", 197, "count", "ca", subject="ca mắc sốt xuất huyết",
        period=inh(TO5), location="Trảng Bàng"),
    fig("Hòa Thành (163 ca)", "163", 163, "count", "ca", subject="ca mắc sốt xuất huyết",
        period=inh(TO5), location="Hòa Thành"),
    fig("được 30-40 chiếc", "30", 30, "measure", "chiếc/ngày", value_max=40,
        change=chg("increase", 3, "lần", "tháng 3"),
        subject="vợt muỗi điện cửa hàng bán được mỗi ngày"),
    fig("từ 65 ngàn", "65", 65000, "money", "đồng/chiếc", value_max=180000,
        subject="giá vợt muỗi phổ biến"),
    fig("từ 150.000 đến 450.000", "150.000", 150000, "money", "đồng/chiếc", value_max=450000,
        subject="giá đèn bắt muỗi"),
    fig("khoảng 10%", "10", 10, "percent", "%", approx="about",
        subject="giá các mặt hàng này tăng so với năm trước"),
    fig("hơn 1.200 sản phẩm", "1.200", 1200, "count", "sản phẩm", approx="over",
        subject="sản phẩm diệt muỗi các loại Hệ thống Siêu thị điện máy Hòa Phát Tây Ninh bán", period=SINCE),
    fig("gần 700 vợt", "700", 700, "count", "vợt muỗi điện", approx="nearly", total=1200,
        subject="vợt muỗi điện bán được", period=SINCE),
    fig("khoảng 40% doanh số", "40", 40, "percent", "%", approx="about",
        subject="mẫu đèn bắt muỗi dùng pin sạc trong doanh số nhóm hàng này"),
    fig("tiếp nhận 4 trường hợp", "4", 4, "count", "trường hợp",
        subject="trường hợp bị bỏng do vợt muỗi phát nổ khi đang sạc", period=YTD),
    fig("hai đợt", "hai", 2, "count", "đợt", subject="đợt chiến dịch diệt lăng quăng"),
    fig("tại 94 xã", "94", 94, "count", "xã, phường, thị trấn",
        subject="xã, phường, thị trấn tổ chức chiến dịch diệt lăng quăng"),
]

NOTES = [
    "Provincial newspaper (Báo Tây Ninh): menu, 'Thứ Ba, 09/07/2024 | 16:20', tag '(BTNO) -', sapo, byline at the end.",
    "Distractors: 16:20, 'ngày 5/7/2024', 'đường 30/4, phường 3', 'hồi tháng 3' (baseline), 'ngày 1/6'.",
    "'tăng gấp đôi so với đầu năm' with no base amount is the claim: multiple 2 ('đôi' = 2).",
    "'mỗi ngày bán được 30-40 chiếc ..., gấp 3 lần hồi tháng 3' → measure chiếc/ngày, change increase 3 lần.",
    "'từ 65 ngàn đến 180 ngàn đồng/chiếc' → 65 000-180 000 (ngàn = ×10³ on both ends).",
    "'Giá các mặt hàng này tăng khoảng 10%' stands alone: a percent figure, no change.",
    "'trong đó gần 700 vợt muỗi điện' → total 1 200 (same thing: products sold). 'riêng tháng 6 có 318 ca': 'riêng' is no cue, no total.",
    "The district list takes the period of the previous sentence (inherited). TP Tây Ninh and tỉnh Tây Ninh give the same location.",
    "'từ ngày 1/6 đến nay', 'Từ đầu năm đến nay' end at the dateline 2024-07-09.",
]

if __name__ == "__main__":
    write("p1525-4", TEXT, NOTES, FIGS, published="2024-07-09", location="Tây Ninh")
