"""p1511-2: district portal (huyện Nam Trực, Nam Định): the Vân Chàng craft village, scissors and nail clippers."""
from lib import fig, per, inh, chg, tgt, write, year, month, first_months, quarter, until

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN NAM TRỰC - TỈNH NAM ĐỊNH
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản chỉ đạo | Liên hệ

Vân Chàng giữ nghề làm kéo, bấm móng tay

Ngày đăng: 18/06/2024 | Người viết: Hoàng Yến

Thị trấn Nam Giang hiện có 412 hộ làm nghề cơ khí nhỏ, trong đó khoảng ba chục hộ chuyên sản xuất kéo cắt tóc, bấm móng tay, dao cạo và nhíp. Mỗi ngày, làng nghề Vân Chàng làm ra từ 40.000 đến 50.000 sản phẩm dụng cụ cắt tỉa cá nhân.

Năm tháng đầu năm nay, giá trị sản xuất của nhóm sản phẩm này ước đạt 96 tỷ đồng, tăng 11,5% so với cùng kỳ, chiếm 18,2% giá trị sản xuất tiểu thủ công nghiệp của thị trấn.

Cơ sở Kéo Thành Luân ở tổ dân phố Vân Chàng 3 có 26 lao động, mỗi tháng xuất xưởng khoảng 120.000 chiếc bấm móng tay và hơn 35.000 chiếc kéo, bán chủ yếu cho các chợ đầu mối ở Hà Nội và TP Hồ Chí Minh. Theo anh Trần Văn Luân, chủ cơ sở, bấm móng tay loại nhỏ có giá bán buôn 4.500 đồng/chiếc, loại lớn 7.000-9.000 đồng/chiếc; thợ mài lành nghề có thu nhập từ 7 đến 9 triệu đồng/người/tháng.

Năm 2023, toàn huyện có 5 làng nghề cơ khí được công nhận, giá trị sản xuất đạt 1.240 tỷ đồng, đứng thứ 3 trong 10 huyện, thành phố của tỉnh. Huyện phấn đấu đến năm 2025 có ít nhất 2 sản phẩm dụng cụ cắt tỉa đạt chuẩn OCOP 3 sao trở lên và 100% cơ sở mạ, mài có hệ thống xử lý nước thải.

Tin khác:
- Nam Trực: Hội nghị sơ kết 6 tháng đầu năm 2024
- Thị trấn Nam Giang tổ chức Ngày hội Đại đoàn kết toàn dân tộc

Địa chỉ: Số 68 đường Vũ Hữu Lợi, thị trấn Nam Giang, huyện Nam Trực, tỉnh Nam Định
Điện thoại: 0228.3827.152
"""

P5 = first_months("Năm tháng đầu năm nay", 2024, 5)
Y23 = year("Năm 2023", 2023)
T25 = until("đến năm 2025", "2025-12-31")

FIGS = [
    fig("có 412 hộ", "412", 412, "count", "hộ", subject="hộ làm nghề cơ khí nhỏ"),
    fig("khoảng ba chục hộ", "ba chục", 30, "count", "hộ", approx="about", total=412,
        subject="hộ chuyên sản xuất kéo cắt tóc, bấm móng tay, dao cạo và nhíp"),
    fig("từ 40.000 đến 50.000 sản phẩm", "40.000", 40000, "measure", "sản phẩm/ngày", value_max=50000,
        subject="sản phẩm dụng cụ cắt tỉa cá nhân làng nghề Vân Chàng làm ra mỗi ngày"),
    fig("ước đạt 96 tỷ", "96", 96e9, "money", "đồng", percent=18.2,
        change=chg("increase", 11.5, "%", "cùng kỳ"), status="estimate",
        subject="giá trị sản xuất của nhóm sản phẩm này", period=P5),
    fig("có 26 lao động", "26", 26, "count", "lao động", subject="lao động của Cơ sở Kéo Thành Luân"),
    fig("khoảng 120.000 chiếc", "120.000", 120000, "measure", "chiếc/tháng", approx="about",
        subject="bấm móng tay cơ sở xuất xưởng mỗi tháng"),
    fig("hơn 35.000 chiếc", "35.000", 35000, "measure", "chiếc/tháng", approx="over",
        subject="kéo cơ sở xuất xưởng mỗi tháng"),
    fig("bán buôn 4.500 đồng", "4.500", 4500, "money", "đồng/chiếc",
        subject="giá bán buôn bấm móng tay loại nhỏ"),
    fig("lớn 7.000-9.000 đồng", "7.000", 7000, "money", "đồng/chiếc", value_max=9000,
        subject="giá bán buôn bấm móng tay loại lớn"),
    fig("từ 7 đến 9 triệu", "7", 7e6, "money", "đồng/người/tháng", value_max=9e6,
        subject="thu nhập của thợ mài lành nghề"),
    fig("có 5 làng nghề", "5", 5, "count", "làng nghề", subject="làng nghề cơ khí được công nhận", period=Y23),
    fig("đạt 1.240 tỷ", "1.240", 1240e9, "money", "đồng", subject="giá trị sản xuất làng nghề cơ khí", period=Y23),
    fig("đứng thứ 3 trong 10", "3", 3, "rank", "hạng", total=10,
        subject="giá trị sản xuất làng nghề cơ khí", period=Y23),
    fig("ít nhất 2 sản phẩm", "2", 2, "count", "sản phẩm", approx="at_least", status="target",
        subject="sản phẩm dụng cụ cắt tỉa đạt chuẩn OCOP 3 sao trở lên", period=T25),
    fig("và 100% cơ sở", "100", 100, "percent", "%", status="target",
        subject="cơ sở mạ, mài có hệ thống xử lý nước thải", period=T25),
]

NOTES = [
    "District portal (huyện Nam Trực): banner naming district and province, menu, 'Ngày đăng: 18/06/2024' (published), 'Tin khác', address footer.",
    "Location: the whole article is about the district; thị trấn Nam Giang and the village Vân Chàng are inside it, so location Nam Trực",
    "(the spec names province, city or district as places of a figure).",
    "'khoảng ba chục hộ' = 30 (number words), approx about, part of 412 after 'trong đó'.",
    "'Năm tháng đầu năm nay' = Jan-May 2024 (period, 'Năm' is five months, not a figure); 'chiếm 18,2%' is the percent of 96 tỷ.",
    "'Mỗi ngày ... từ 40.000 đến 50.000 sản phẩm' and 'mỗi tháng ... 120.000 chiếc' are rates: measure, unit with the time denominator.",
    "'đứng thứ 3 trong 10 huyện, thành phố' is a rank with total 10 ('trong số N'), located in the district.",
    "Distractors: 'Vân Chàng 3', 'OCOP 3 sao', '6 tháng đầu năm 2024' in a link title, 'Số 68 đường Vũ Hữu Lợi', phone.",
]

if __name__ == "__main__":
    write("p1511-2", TEXT, NOTES, FIGS, published="2024-06-18", location="Nam Trực")
