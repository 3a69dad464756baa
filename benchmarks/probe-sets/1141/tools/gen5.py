"""p1141-5: Party newspaper (Báo Đồng Nai); live poultry into markets before Tết Ất Tỵ, a trader at chợ Sặt (Biên Hòa)."""
from lib import fig, per, inh, chg, tgt, build

TEXT = """Kiểm soát chặt gia cầm sống vào chợ dịp Tết

Những ngày cận Tết Ất Tỵ, lượng gà, vịt đưa vào các chợ trên địa bàn tỉnh tăng mạnh. Theo Chi cục Chăn nuôi và Thú y Đồng Nai, bình quân mỗi ngày các chợ tiêu thụ khoảng 12.000 con gia cầm sống, gấp 1,5 lần ngày thường.

Hiện toàn tỉnh có 64 chợ có kinh doanh gia cầm sống với 312 tiểu thương, trong đó TP Biên Hòa có 98 tiểu thương, huyện Trảng Bom có 41 tiểu thương. Từ ngày 1/12/2024 đến nay, các trạm kiểm dịch động vật đầu mối giao thông đã kiểm tra hơn 2,6 triệu con gia cầm vận chuyển qua địa bàn, phát hiện và xử lý 14 trường hợp vi phạm, phạt tiền 186 triệu đồng.

Tại chợ Sặt (phường Tân Biên, TP Biên Hòa), bà Trần Thị Hoa, người có gần 30 năm buôn gà, vịt, cho biết mỗi ngày bà bán khoảng 80 con, những ngày cận Tết tăng lên 200 con. Ngoài hai lần tiêu độc mỗi tuần do Ban quản lý chợ thực hiện, cuối mỗi buổi chợ bà tự rửa lồng, sạp bằng nước vôi. "Gà vào chợ đều phải có giấy kiểm dịch, mua hàng không rõ nguồn gốc là bị phạt ngay", bà Hoa nói.

Ông Nguyễn Văn Tâm, Phó Chi cục trưởng Chi cục Chăn nuôi và Thú y tỉnh cho biết, năm 2024 toàn tỉnh lấy 450 mẫu giám sát cúm tại chợ, 100% mẫu âm tính với vi rút cúm A/H5N1. Tổng đàn gia cầm của tỉnh hiện khoảng 25,6 triệu con, tỷ lệ tiêm phòng cúm đạt 72%. Dịp Tết, tỉnh dự kiến cung ứng khoảng 3,8 triệu con gia cầm, tăng 8% so với Tết năm trước.

HẢI QUÂN
18/01/2025
"""

SINCE = per("Từ ngày 1/12/2024 đến nay", "2024-12-01", "2025-01-18")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
BH = "Biên Hòa"

FIGS = [
    fig("khoảng 12.000 con", "12.000", 12000, "measure", "con/ngày", approx="about",
        change=chg("increase", 1.5, "lần", "ngày thường"),
        subject="gia cầm sống các chợ tiêu thụ bình quân mỗi ngày"),
    fig("có 64 chợ", "64", 64, "count", "chợ", subject="chợ có kinh doanh gia cầm sống"),
    fig("với 312 tiểu thương", "312", 312, "count", "tiểu thương",
        subject="tiểu thương kinh doanh gia cầm sống"),
    fig("có 98 tiểu thương", "98", 98, "count", "tiểu thương", total=312,
        subject="tiểu thương kinh doanh gia cầm sống", location=BH),
    fig("có 41 tiểu thương", "41", 41, "count", "tiểu thương", total=312,
        subject="tiểu thương kinh doanh gia cầm sống", location="Trảng Bom"),
    fig("hơn 2,6 triệu con", "2,6", 2600000, "count", "con", approx="over",
        subject="gia cầm vận chuyển qua địa bàn được kiểm tra", period=SINCE),
    fig("xử lý 14 trường hợp", "14", 14, "count", "trường hợp",
        subject="trường hợp vi phạm bị phát hiện và xử lý", period=SINCE),
    fig("phạt tiền 186 triệu", "186", 186000000, "money", "đồng",
        subject="tiền phạt vi phạm", period=SINCE),
    fig("gần 30 năm", "30", 30, "measure", "năm", approx="nearly", optional=True,
        subject="thời gian buôn gà, vịt của bà Trần Thị Hoa", location=BH),
    fig("khoảng 80 con", "80", 80, "measure", "con/ngày", approx="about",
        subject="gà, vịt bà Trần Thị Hoa bán mỗi ngày", location=BH),
    fig("lên 200 con", "200", 200, "measure", "con/ngày",
        subject="gà, vịt bà Trần Thị Hoa bán mỗi ngày những ngày cận Tết", location=BH),
    fig("hai lần tiêu độc", "hai", 2, "measure", "lần/tuần",
        subject="tiêu độc chợ Sặt do Ban quản lý chợ thực hiện mỗi tuần", location=BH),
    fig("lấy 450 mẫu", "450", 450, "count", "mẫu", subject="mẫu giám sát cúm tại chợ", period=Y24),
    fig("100% mẫu", "100", 100, "percent", "%",
        subject="tỷ lệ mẫu âm tính với vi rút cúm A/H5N1", period=Y24),
    fig("khoảng 25,6 triệu con", "25,6", 25600000, "count", "con", approx="about",
        subject="tổng đàn gia cầm của tỉnh"),
    fig("đạt 72%", "72", 72, "percent", "%", subject="tỷ lệ tiêm phòng cúm"),
    fig("khoảng 3,8 triệu con", "3,8", 3800000, "count", "con", approx="about", status="forecast",
        change=chg("increase", 8, "%", "Tết năm trước"), subject="gia cầm cung ứng dịp Tết"),
]

NOTES = [
    "Party newspaper (Báo Đồng Nai): live poultry into markets before Tết Ất Tỵ; byline 'HẢI QUÂN' and bare date '18/01/2025' at the end.",
    "'gấp 1,5 lần ngày thường' follows a figure: a change (1,5 lần) of the 12.000 con/ngày, not a multiple of its own.",
    "98 and 41 tiểu thương are parts of 312 after 'trong đó' (locations Biên Hòa, Trảng Bom). 'Từ ngày 1/12/2024 đến nay' ends at",
    "the published date. The trader passage at chợ Sặt (phường Tân Biên, TP Biên Hòa) takes Biên Hòa; 'gần 30 năm' is optional.",
    "'tăng lên 200 con' gives the new level (200), not a change. 'hai lần tiêu độc mỗi tuần' is a number word rate (lần/tuần).",
    "'Những ngày cận Tết', 'Dịp Tết', 'hiện' give no dated period. 'dự kiến' → forecast with its change (8%).",
    "Distractors: dates 1/12/2024 and 18/01/2025, 'Tết Ất Tỵ', A/H5N1.",
]

if __name__ == "__main__":
    build("p1141-5", TEXT, NOTES, FIGS, published="2025-01-18", location="Đồng Nai")
