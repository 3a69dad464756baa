"""p1232-5: Party newspaper (Báo Quảng Ninh) — casino and electronic games for foreigners in TP Móng Cái."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Móng Cái: Dịch vụ vui chơi có thưởng cho khách nước ngoài khởi sắc

Sau thời gian dài gián đoạn do dịch Covid-19, hoạt động kinh doanh casino và trò chơi điện tử có thưởng dành cho người nước ngoài tại TP Móng Cái đang dần phục hồi, góp phần thu hút khách du lịch Trung Quốc qua cửa khẩu quốc tế Móng Cái.

Theo UBND TP Móng Cái, năm 2023 trên địa bàn thành phố có hai cơ sở kinh doanh casino và 5 điểm kinh doanh trò chơi điện tử có thưởng hoạt động trở lại, đón tổng cộng hơn 126.000 lượt khách nước ngoài, gấp 3,2 lần năm 2022. Số thu ngân sách từ các cơ sở này đạt 187 tỷ đồng, chiếm 6,4% tổng thu nội địa của thành phố.

Tại khách sạn Hoàng Gia ở phường Trà Cổ, khu casino với 28 bàn trò chơi và 86 máy trò chơi điện tử đã mở cửa trở lại từ tháng 3/2023. Ông Lý Văn Hưng, Phó Giám đốc khách sạn cho biết, mỗi ngày khu vui chơi đón bình quân khoảng 350 lượt khách, dịp cuối tuần lên tới 900 lượt. Khách sạn hiện sử dụng 210 lao động, trong đó 45 người thông thạo tiếng Trung; thu nhập của nhân viên từ 9 đến 14 triệu đồng/tháng.

Ngoài ra, một doanh nghiệp khác đang hoàn thiện hồ sơ đề nghị cấp Giấy chứng nhận đủ điều kiện kinh doanh trò chơi điện tử có thưởng tại khu đô thị Ka Long.

Năm 2024, thành phố đặt mục tiêu đón 180.000 lượt khách nước ngoài đến các cơ sở vui chơi có thưởng, thu ngân sách khoảng 230 tỷ đồng, chiếm trên 7% tổng thu nội địa.

MINH ĐỨC
15/02/2024
"""

Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("có hai cơ sở", "hai", 2, "count", "cơ sở", subject="cơ sở kinh doanh casino", period=Y23),
    fig("và 5 điểm", "5", 5, "count", "điểm",
        subject="điểm kinh doanh trò chơi điện tử có thưởng hoạt động trở lại", period=Y23),
    fig("hơn 126.000 lượt", "126.000", 126000, "count", "lượt khách", approx="over",
        change=chg("increase", 3.2, "lần", "năm 2022"),
        subject="lượt khách nước ngoài đến các cơ sở kinh doanh casino, trò chơi điện tử có thưởng", period=Y23),
    fig("đạt 187 tỷ đồng", "187", 187e9, "money", "đồng", percent=6.4,
        subject="số thu ngân sách từ các cơ sở kinh doanh casino, trò chơi điện tử có thưởng", period=inh(Y23)),
    fig("với 28 bàn", "28", 28, "count", "bàn trò chơi", subject="bàn trò chơi của khu casino khách sạn Hoàng Gia"),
    fig("86 máy", "86", 86, "count", "máy trò chơi điện tử",
        subject="máy trò chơi điện tử của khu casino khách sạn Hoàng Gia"),
    fig("khoảng 350 lượt khách", "350", 350, "measure", "lượt khách/ngày", approx="about",
        subject="lượt khách bình quân mỗi ngày của khu vui chơi"),
    fig("lên tới 900 lượt", "900", 900, "measure", "lượt/ngày",
        subject="lượt khách mỗi ngày dịp cuối tuần"),
    fig("sử dụng 210 lao động", "210", 210, "count", "lao động", subject="lao động của khách sạn Hoàng Gia"),
    fig("45 người", "45", 45, "count", "người", total=210, subject="lao động thông thạo tiếng Trung"),
    fig("từ 9 đến 14 triệu", "9", 9e6, "money", "đồng/tháng", value_max=14e6,
        subject="thu nhập của nhân viên khách sạn"),
    fig("một doanh nghiệp", "một", 1, "count", "doanh nghiệp",
        subject="doanh nghiệp đang hoàn thiện hồ sơ đề nghị cấp Giấy chứng nhận đủ điều kiện kinh doanh trò chơi điện tử có thưởng"),
    fig("đón 180.000 lượt", "180.000", 180000, "count", "lượt khách", status="target",
        subject="lượt khách nước ngoài đến các cơ sở vui chơi có thưởng", period=Y24),
    fig("khoảng 230 tỷ đồng", "230", 230e9, "money", "đồng", approx="about", percent=7, status="target",
        subject="thu ngân sách từ các cơ sở vui chơi có thưởng", period=Y24),
]

NOTES = [
    "Party newspaper (Báo Quảng Ninh): casino and electronic games for foreigners in TP Móng Cái. Byline 'MINH ĐỨC' and bare date '15/02/2024' at the end.",
    "Default location Móng Cái (city; phường Trà Cổ and khu đô thị Ka Long lie in it).",
    "Distractors: 'Covid-19', 'tháng 3/2023' (reopening date, not the period of the stock of tables), byline date.",
    "'gấp 3,2 lần năm 2022' after a count is its change (unit lần). Number words 'hai cơ sở', 'một doanh nghiệp' are figures.",
    "'mỗi ngày … bình quân khoảng 350 lượt khách', 'dịp cuối tuần lên tới 900 lượt' are per-day rates (measure, unit with /ngày); 'lên tới' is exact.",
    "'chiếm trên 7%' is the share attribute of the target 230 tỷ (the 'trên' belongs to the share). 187 tỷ inherits 'năm 2023' from the previous sentence.",
]

if __name__ == "__main__":
    write("p1232-5", TEXT, NOTES, FIGS, published="2024-02-15", location="Móng Cái")
