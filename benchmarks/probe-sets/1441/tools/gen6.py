"""p1441-6: national newspaper: a durian-cake bakery in huyện Cai Lậy (Tiền Giang) selling by livestream; province figures."""
from lib import fig, per, inh, chg, write

TEXT = """Kinh doanh > Doanh nghiệp
Thứ bảy, 7/9/2024, 07:30 (GMT+7)

Bánh pía sầu riêng "cháy hàng" nhờ livestream

Một cơ sở ở huyện Cai Lậy, Tiền Giang bán mỗi ngày khoảng 3.000 hộp bánh pía sầu riêng qua livestream, doanh thu tháng 8 gần 2 tỷ đồng.

Trong xưởng rộng chừng 400 m2 cạnh Quốc lộ 1 ở xã Ngũ Hiệp, 35 công nhân chia làm hai ca nhồi nhân, nướng và đóng hộp. Chị Nguyễn Thị Thảo, chủ cơ sở Bánh sầu riêng Ba Thảo, cho biết xưởng dùng khoảng 1,5 tấn cơm sầu riêng mỗi tuần, mua trực tiếp từ các vườn trong xã.

Giá bán từ 85.000 đến 120.000 đồng/hộp tùy loại nhân. Năm 2023, cơ sở bán được khoảng 290.000 hộp; riêng 8 tháng đầu năm nay đã bán hơn 410.000 hộp, gấp 2,3 lần cùng kỳ, trong đó đơn qua sàn thương mại điện tử chiếm gần 70%. Tháng 7 vừa qua, sản phẩm của cơ sở đứng thứ 3 trong nhóm bánh truyền thống bán chạy nhất trên một sàn thương mại điện tử.

"Mỗi phiên livestream buổi tối kéo dài 3 tiếng, có hôm chốt được hơn 1.000 đơn", chị Thảo nói.

Theo Sở Công Thương Tiền Giang, toàn tỉnh hiện có 61 cơ sở sản xuất bánh có nhân sầu riêng, tập trung ở các huyện Cai Lậy và Cái Bè. Diện tích sầu riêng của tỉnh khoảng 21.500 ha, cho sản lượng hơn 330.000 tấn mỗi năm, song chỉ khoảng 2-3% được đưa vào chế biến.

Ông Lê Văn Hòa, Phó giám đốc Sở, dự báo đến năm 2025 số cơ sở chế biến bánh từ sầu riêng của tỉnh có thể tăng lên khoảng 80. Sở sẽ hỗ trợ các cơ sở làm mã vùng trồng, đăng ký mã số mã vạch và tham gia Hội chợ Nông nghiệp quốc tế lần thứ 23 tại Cần Thơ.

Hoàng Nam
"""

AUG = per("tháng 8", "2024-08-01", "2024-08-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
M8 = per("8 tháng đầu năm nay", "2024-01-01", "2024-08-31")
JUL = per("Tháng 7 vừa qua", "2024-07-01", "2024-07-31")
T25 = per("đến năm 2025", None, "2025-12-31")
CL = "Cai Lậy"
TG = "Tiền Giang"

FIGS = [
    fig("khoảng 3.000 hộp", "3.000", 3000, "measure", "hộp/ngày", approx="about",
        subject="bánh pía sầu riêng bán qua livestream mỗi ngày", location=CL),
    fig("gần 2 tỷ", "2", 2e9, "money", "đồng", approx="nearly", subject="doanh thu", period=AUG, location=CL),
    fig("chừng 400 m2", "400", 400, "measure", "m2", approx="about", subject="diện tích xưởng", location=CL),
    fig("35 công nhân", "35", 35, "count", "công nhân", subject="công nhân của xưởng", location=CL),
    fig("làm hai ca", "hai", 2, "count", "ca", location=CL, optional=True),
    fig("khoảng 1,5 tấn", "1,5", 1.5, "measure", "tấn/tuần", approx="about",
        subject="cơm sầu riêng xưởng dùng mỗi tuần", location=CL),
    fig("từ 85.000 đến 120.000", "85.000", 85000, "money", "đồng/hộp", value_max=120000,
        subject="giá bán", location=CL),
    fig("khoảng 290.000 hộp", "290.000", 290000, "count", "hộp", approx="about",
        subject="bánh cơ sở bán được", period=Y23, location=CL),
    fig("hơn 410.000 hộp", "410.000", 410000, "count", "hộp", approx="over",
        change=chg("increase", 2.3, "lần", "cùng kỳ"), subject="bánh cơ sở đã bán", period=M8, location=CL),
    fig("chiếm gần 70%", "70", 70, "percent", "%", approx="nearly",
        subject="đơn qua sàn thương mại điện tử", period=M8, location=CL),
    fig("đứng thứ 3", "3", 3, "rank", "hạng",
        subject="sản phẩm của cơ sở trong nhóm bánh truyền thống bán chạy nhất", period=JUL, location=CL),
    fig("kéo dài 3 tiếng", "3", 3, "measure", "tiếng", subject="thời lượng mỗi phiên livestream", location=CL),
    fig("hơn 1.000 đơn", "1.000", 1000, "count", "đơn", approx="over",
        subject="đơn chốt được trong một phiên livestream", location=CL),
    fig("có 61 cơ sở", "61", 61, "count", "cơ sở", subject="cơ sở sản xuất bánh có nhân sầu riêng", location=TG),
    fig("khoảng 21.500 ha", "21.500", 21500, "measure", "ha", approx="about",
        subject="diện tích sầu riêng của tỉnh", location=TG),
    fig("hơn 330.000 tấn", "330.000", 330000, "measure", "tấn/năm", approx="over",
        subject="sản lượng sầu riêng mỗi năm", location=TG),
    fig("khoảng 2-3%", "2", 2, "percent", "%", value_max=3, approx="about",
        subject="sản lượng sầu riêng được đưa vào chế biến", location=TG),
    fig("khoảng 80", "80", 80, "count", "cơ sở", approx="about", status="forecast",
        subject="cơ sở chế biến bánh từ sầu riêng của tỉnh", period=T25, location=TG),
]

NOTES = [
    "National newspaper: section breadcrumb, 'Thứ bảy, 7/9/2024, 07:30 (GMT+7)', sapo, quote, byline at the end.",
    "Distractors: 07:30, '(GMT+7)', 'Quốc lộ 1', 'lần thứ 23' (an edition).",
    "The bakery is in xã Ngũ Hiệp, huyện Cai Lậy: its figures are located in Cai Lậy; the Sở's figures in Tiền Giang.",
    "'tháng 8' in the sapo and '8 tháng đầu năm nay', 'Tháng 7 vừa qua' take 2024 from the dateline.",
    "Rates: 'mỗi ngày khoảng 3.000 hộp' → hộp/ngày; '1,5 tấn ... mỗi tuần' → tấn/tuần; '330.000 tấn mỗi năm' → tấn/năm.",
    "'gấp 2,3 lần cùng kỳ' → change 2,3 lần; 'trong đó đơn ... chiếm gần 70%' is a percent figure of its own.",
    "'chia làm hai ca' (work organisation) is optional: a careful annotator may or may not count the shifts.",
    "'dự báo đến năm 2025 ... có thể tăng lên khoảng 80' → forecast, the new level (no change); unit cơ sở from the subject.",
]

if __name__ == "__main__":
    write("p1441-6", TEXT, NOTES, FIGS, published="2024-09-07", location="Tiền Giang")
