"""p1459-4: Party newspaper (Báo Đà Nẵng, tag (ĐNO)): optical shops busy before the school year, myopia screening."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BÁO ĐÀ NẴNG
Thứ Hai, 19/08/2024 07:15

Cửa hàng kính mắt tất bật mùa tựu trường

Những ngày cận năm học mới, lượng khách đến đo mắt, cắt kính tại các cửa hàng kính trên địa bàn thành phố tăng mạnh, phần lớn là học sinh bị cận thị.

(ĐNO) - Tại cửa hàng Kính mắt Hải Vân ở số 112 Nguyễn Văn Linh, quận Thanh Khê, mỗi ngày có từ 40 đến 50 lượt khách, gấp khoảng 3 lần ngày thường. Theo chị Trần Thị Mỹ Linh, chủ cửa hàng, từ đầu tháng 7 đến nay cửa hàng đã bán gần 900 cặp kính, trong đó khoảng 60% là kính cho học sinh.

Giá một cặp kính học sinh phổ biến từ 350.000 đến 700.000 đồng; riêng kính có tròng chống ánh sáng xanh giá từ 450.000 đồng/cặp trở lên. "Nhiều phụ huynh chọn gọng nhựa dẻo TR90 vì bền, nhẹ, trẻ có làm rơi cũng ít gãy", chị Linh nói. Cửa hàng có 4 nhân viên, trong đó 2 người có chứng chỉ đo khúc xạ.

Theo Sở Y tế, toàn thành phố hiện có 146 cơ sở dịch vụ kính thuốc được cấp phép, riêng quận Hải Châu có 63 cơ sở. Trong tháng 5/2024, ngành y tế đã khám sàng lọc cho hơn 21.000 học sinh tiểu học và trung học cơ sở; tỷ lệ mắc tật khúc xạ là 31,4%, tăng 2,6 điểm phần trăm so với năm 2023; khoảng 1.800 em có độ cận trên 3 độ.

Bác sĩ Nguyễn Quốc Huy, Trưởng khoa Mắt Bệnh viện Đà Nẵng, khuyến cáo phụ huynh nên cho trẻ khám mắt định kỳ, chỉ cắt kính tại cơ sở có giấy phép và không tự mua kính làm sẵn bày bán trên vỉa hè với giá chỉ 50.000-80.000 đồng/chiếc.

HOÀNG LAN

Từ khóa: kính thuốc, cận thị, năm học mới
Tin cùng chuyên mục:
- Đà Nẵng: Tập huấn chăm sóc mắt học đường năm 2024
"""

SINCE = per("từ đầu tháng 7 đến nay", "2024-07-01", "2024-08-19")
M5 = per("Trong tháng 5/2024", "2024-05-01", "2024-05-31")
TK = "Thanh Khê"

FIGS = [
    fig("từ 40 đến 50", "40", 40, "measure", "lượt khách/ngày", value_max=50,
        change=chg("increase", 3, "lần", "ngày thường", approx="about"),
        subject="lượt khách mỗi ngày của cửa hàng", location=TK),
    fig("gần 900 cặp", "900", 900, "count", "cặp kính", approx="nearly",
        subject="cặp kính cửa hàng đã bán", period=SINCE, location=TK),
    fig("khoảng 60%", "60", 60, "percent", "%", approx="about",
        subject="kính cho học sinh", period=SINCE, location=TK),
    fig("từ 350.000 đến 700.000", "350.000", 350000, "money", "đồng/cặp", value_max=700000,
        subject="giá một cặp kính học sinh", location=TK),
    fig("từ 450.000 đồng", "450.000", 450000, "money", "đồng/cặp", approx="at_least",
        subject="giá kính có tròng chống ánh sáng xanh", location=TK),
    fig("có 4 nhân viên", "4", 4, "count", "nhân viên", subject="nhân viên cửa hàng", location=TK),
    fig("trong đó 2 người", "2", 2, "count", "người", total=4,
        subject="người có chứng chỉ đo khúc xạ", location=TK),
    fig("có 146 cơ sở", "146", 146, "count", "cơ sở",
        subject="cơ sở dịch vụ kính thuốc được cấp phép"),
    fig("có 63 cơ sở", "63", 63, "count", "cơ sở",
        subject="cơ sở dịch vụ kính thuốc được cấp phép", location="Hải Châu"),
    fig("hơn 21.000 học sinh", "21.000", 21000, "count", "học sinh", approx="over",
        subject="học sinh tiểu học và trung học cơ sở được khám sàng lọc", period=M5),
    fig("là 31,4%", "31,4", 31.4, "percent", "%",
        change=chg("increase", 2.6, "điểm phần trăm", "năm 2023"),
        subject="tỷ lệ mắc tật khúc xạ", period=M5),
    fig("khoảng 1.800 em", "1.800", 1800, "count", "em", approx="about",
        subject="em có độ cận trên 3 độ", period=M5),
    fig("trên 3 độ", "3", 3, "measure", "độ", approx="over", optional=True,
        subject="độ cận", period=M5),
    fig("50.000-80.000", "50.000", 50000, "money", "đồng/chiếc", value_max=80000,
        subject="giá kính làm sẵn bày bán trên vỉa hè"),
]

NOTES = [
    "Party newspaper (Báo Đà Nẵng): 'Thứ Hai, 19/08/2024 07:15' (published), sapo, tag '(ĐNO) -', byline HOÀNG LAN, keywords, related link.",
    "Distractors: 'số 112 Nguyễn Văn Linh', gọng 'TR90', 07:15, 'năm 2024' in a related-link title, 'năm 2023' as a baseline.",
    "The shop in quận Thanh Khê: its figures → Thanh Khê. 'mỗi ngày có từ 40 đến 50 lượt khách' is a rate: measure 'lượt khách/ngày', range;",
    "'gấp khoảng 3 lần ngày thường' → change increase 3 lần (approx about). 'từ đầu tháng 7 đến nay' ends at the dateline.",
    "'trong đó khoảng 60% là kính cho học sinh' is a percent figure of its own. Prices per pair: unit 'đồng/cặp' ('Giá một cặp kính');",
    "'từ 450.000 đồng/cặp trở lên' → at_least. Standing prices get no period.",
    "'riêng quận Hải Châu có 63 cơ sở': 'riêng' is no part-of cue in the spec → no total; location Hải Châu.",
    "'tỷ lệ ... là 31,4%, tăng 2,6 điểm phần trăm' → the rate is the figure; the point change is its change attribute.",
    "The doctor's warning about street glasses at '50.000-80.000 đồng/chiếc' is a city-wide price → Đà Nẵng (not the shop's district).",
    "Optional: 'độ cận trên 3 độ' is the threshold that defines the group of 1 800 pupils, not a measured fact; a careful annotator may or may not count it.",
]

if __name__ == "__main__":
    write("p1459-4", TEXT, NOTES, FIGS, published="2024-08-19", location="Đà Nẵng")
