"""p1288-5: national newspaper: the herbal tea-bag market in Việt Nam; a firm in Hưng Yên."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Kinh doanh > Thị trường

Trà thảo dược túi lọc: hàng nội chật vật giành thị phần

Thứ tư, 18/12/2024, 14:05 (GMT+7)

Quy mô thị trường trà thảo dược trong nước năm nay ước khoảng 3.200 tỷ đồng. Tốc độ tăng trưởng bình quân đạt 15-17% mỗi năm, nhưng phần lớn người tiêu dùng vẫn chọn hàng nhập khẩu.

Theo Hiệp hội Chè Việt Nam, cả nước hiện có khoảng 260 doanh nghiệp và hợp tác xã sản xuất trà thảo dược, trong đó hơn 40% là cơ sở quy mô nhỏ. Năm 2023, sản lượng trà túi lọc thảo dược đạt khoảng 1,1 tỷ túi; riêng hàng nhập khẩu chiếm gần 55% thị phần, chủ yếu từ Trung Quốc, Hàn Quốc và Đài Loan.

9 tháng năm 2024, xuất khẩu trà thảo dược và dược liệu khô đạt 47,6 triệu USD, tăng 21,3% so với cùng kỳ năm 2023. Nhật Bản là thị trường lớn nhất với 12,8 triệu USD, tiếp đến là Mỹ 9,4 triệu USD và Hàn Quốc 6,1 triệu USD.

Tại Hưng Yên, Công ty cổ phần Dược thảo Phố Hiến (Km 24, Quốc lộ 5) là một trong số ít doanh nghiệp nội có nhà máy đạt chuẩn GMP. Ông Trần Quang Huy, Tổng giám đốc, cho biết năm nay công ty ước sản xuất 42 triệu túi trà hoa cúc, trà gừng mật ong và trà đinh lăng, tăng gấp đôi năm 2022; doanh thu dự kiến đạt 96 tỷ đồng, trong đó xuất khẩu chiếm 18%. Nhà máy sử dụng 130 công nhân, lương bình quân 8,2 triệu đồng/người/tháng.

Theo Cục Quản lý Dược, đến tháng 10/2024 cả nước có 1.376 sản phẩm trà thảo dược được cấp số công bố, xếp thứ ba trong nhóm thực phẩm bảo vệ sức khỏe. Hiệp hội đặt mục tiêu đến năm 2030 nâng tỷ lệ nguyên liệu dược liệu trong nước trong sản xuất trà lên ít nhất 70%.

Minh Phương
"""

NOW = per("năm nay", "2024-01-01", "2024-12-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
N9 = per("9 tháng năm 2024", "2024-01-01", "2024-09-30")
OCT = per("đến tháng 10/2024", None, "2024-10-31")
TO30 = per("đến năm 2030", None, "2030-12-31")
HY = "Hưng Yên"

FIGS = [
    fig("khoảng 3.200 tỷ", "3.200", 3200e9, "money", "đồng", approx="about", status="estimate",
        subject="quy mô thị trường trà thảo dược trong nước", period=NOW),
    fig("đạt 15-17%", "15", 15, "percent", "%", value_max=17,
        subject="tốc độ tăng trưởng bình quân thị trường trà thảo dược"),
    fig("khoảng 260 doanh nghiệp", "260", 260, "count", "doanh nghiệp và hợp tác xã", approx="about",
        subject="doanh nghiệp và hợp tác xã sản xuất trà thảo dược"),
    fig("hơn 40%", "40", 40, "percent", "%", approx="over", subject="cơ sở quy mô nhỏ"),
    fig("khoảng 1,1 tỷ", "1,1", 1.1e9, "count", "túi", approx="about",
        subject="sản lượng trà túi lọc thảo dược", period=Y23),
    fig("gần 55%", "55", 55, "percent", "%", approx="nearly", subject="thị phần hàng nhập khẩu", period=Y23),
    fig("đạt 47,6 triệu", "47,6", 47.6e6, "money", "USD", change=chg("increase", 21.3, "%", "cùng kỳ năm 2023"),
        subject="xuất khẩu trà thảo dược và dược liệu khô", period=N9),
    fig("với 12,8 triệu", "12,8", 12.8e6, "money", "USD",
        subject="xuất khẩu trà thảo dược và dược liệu khô sang Nhật Bản", period=inh(N9)),
    fig("Mỹ 9,4 triệu", "9,4", 9.4e6, "money", "USD",
        subject="xuất khẩu trà thảo dược và dược liệu khô sang Mỹ", period=inh(N9)),
    fig("Hàn Quốc 6,1 triệu", "6,1", 6.1e6, "money", "USD",
        subject="xuất khẩu trà thảo dược và dược liệu khô sang Hàn Quốc", period=inh(N9)),
    fig("ước sản xuất 42 triệu", "42", 42e6, "count", "túi", status="estimate",
        change=chg("increase", 2, "lần", "năm 2022"),
        subject="trà hoa cúc, trà gừng mật ong và trà đinh lăng công ty sản xuất", period=NOW, location=HY),
    fig("đạt 96 tỷ", "96", 96e9, "money", "đồng", status="forecast", subject="doanh thu công ty",
        period=NOW, location=HY),
    fig("chiếm 18%", "18", 18, "percent", "%", status="forecast", subject="xuất khẩu trong doanh thu công ty",
        period=NOW, location=HY),
    fig("sử dụng 130 công nhân", "130", 130, "count", "công nhân", subject="công nhân nhà máy sử dụng",
        location=HY),
    fig("bình quân 8,2 triệu", "8,2", 8.2e6, "money", "đồng/người/tháng", subject="lương bình quân công nhân",
        location=HY),
    fig("có 1.376 sản phẩm", "1.376", 1376, "count", "sản phẩm",
        subject="sản phẩm trà thảo dược được cấp số công bố", period=OCT),
    fig("xếp thứ ba", "ba", 3, "rank", "hạng",
        subject="sản phẩm trà thảo dược được cấp số công bố trong nhóm thực phẩm bảo vệ sức khỏe", period=OCT),
    fig("ít nhất 70%", "70", 70, "percent", "%", approx="at_least", status="target",
        subject="tỷ lệ nguyên liệu dược liệu trong nước trong sản xuất trà", period=TO30),
]

NOTES = [
    "National newspaper: section breadcrumb, 'Thứ tư, 18/12/2024, 14:05 (GMT+7)', sapo, byline at the end.",
    "Location Việt Nam by default (Hiệp hội Chè Việt Nam, cả nước, Cục Quản lý Dược); the Hưng Yên firm's figures are Hưng Yên.",
    "Export markets (Nhật Bản, Mỹ, Hàn Quốc) are trade partners: location stays Việt Nam, the partner goes into the subject;",
    "the list's period '9 tháng năm 2024' stands in the previous sentence (inherited). No total: no part-of cue.",
    "Distractors: 14:05, '(GMT+7)', 'Km 24, Quốc lộ 5', 'GMP'.",
    "'năm nay ước khoảng' → estimate + about, 2024 from the dateline. 'tốc độ tăng trưởng bình quân 15-17% mỗi năm' is a percent range.",
    "'trong đó hơn 40% là cơ sở quy mô nhỏ', 'hàng nhập khẩu chiếm gần 55% thị phần', 'trong đó xuất khẩu chiếm 18%' are percent figures.",
    "'tăng gấp đôi năm 2022' → change of 42 triệu túi: 2 lần (đôi). 'dự kiến' → forecast, carried to the 'trong đó' share.",
    "'đến tháng 10/2024' is an as-of date (end 2024-10-31); 'xếp thứ ba' shares it; 'mục tiêu đến năm 2030' → target.",
]

if __name__ == "__main__":
    write("p1288-5", TEXT, NOTES, FIGS, published="2024-12-18", location="Việt Nam")
