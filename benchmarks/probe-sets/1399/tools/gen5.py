"""p1399-5: Party/provincial newspaper (Báo Bình Định, tag '(BĐO) -'): a cobra farm in Hoài Ân selling venom for antivenom."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BÁO BÌNH ĐỊNH
Kinh tế | Xã hội | Nông nghiệp - Nông thôn | Bạn đọc

Thứ Hai, 18/03/2024 | 08:30

Trại rắn hổ mang bạc tỷ ở Hoài Ân

(BĐO) - Từ 50 con rắn giống ban đầu, sau 6 năm, trại rắn của anh Đinh Văn Quới ở xã Ân Tường Tây (huyện Hoài Ân) hiện nuôi hơn 3.000 con rắn hổ mang, mỗi năm thu về trên 1,2 tỷ đồng.

Trại rộng khoảng 2.500 m2, gồm 120 chuồng nuôi rắn thịt và một khu chuồng riêng cho 400 con rắn hổ mang bố mẹ. Ngoài bán rắn thịt với giá 650.000-700.000 đồng/kg, từ năm 2022, trại ký hợp đồng cung cấp nọc rắn cho Công ty TNHH Sinh phẩm Nam Trung Bộ để sản xuất huyết thanh kháng nọc rắn.

Năm 2023, trại khai thác được 1,8 lít nọc tươi, tăng gần gấp đôi so với năm 2022, bán với giá 350.000 đồng/ml, mang về khoảng 630 triệu đồng, chiếm khoảng 52% doanh thu của trại.

"Mỗi lần lấy nọc phải có 2 người phối hợp, đeo găng tay và kính bảo hộ. Trại luôn để sẵn 10 lọ huyết thanh kháng nọc rắn hổ đất phòng khi bị cắn", anh Quới chia sẻ. Trại hiện tạo việc làm cho 5 lao động địa phương với mức lương 7-8 triệu đồng/người/tháng.

Ông Trần Minh Hải, Phó Chủ tịch UBND xã Ân Tường Tây, cho biết toàn xã có 4 hộ nuôi rắn với tổng đàn khoảng 5.000 con, đều đã đăng ký với Hạt Kiểm lâm huyện. Năm 2024, trại của anh Quới dự kiến xây thêm 30 chuồng, nâng tổng đàn lên 4.000 con; trại cũng vừa lần thứ ba được UBND huyện tặng giấy khen.

HOÀNG NHÂN
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("Từ 50 con", "50", 50, "count", "con", subject="rắn giống ban đầu"),
    fig("hơn 3.000 con", "3.000", 3000, "count", "con", approx="over",
        subject="rắn hổ mang trại nuôi"),
    fig("trên 1,2 tỷ", "1,2", 1.2e9, "money", "đồng/năm", approx="over",
        subject="tiền trại thu về mỗi năm"),
    fig("khoảng 2.500 m2", "2.500", 2500, "measure", "m2", approx="about", subject="diện tích trại"),
    fig("gồm 120 chuồng", "120", 120, "count", "chuồng", subject="chuồng nuôi rắn thịt"),
    fig("một khu chuồng", "một", 1, "count", "khu chuồng", subject="khu chuồng riêng cho rắn bố mẹ",
        optional=True),
    fig("cho 400 con", "400", 400, "count", "con", subject="rắn hổ mang bố mẹ"),
    fig("giá 650.000-700.000", "650.000", 650000, "money", "đồng/kg", value_max=700000,
        subject="giá bán rắn thịt"),
    fig("được 1,8 lít", "1,8", 1.8, "measure", "lít",
        change=chg("increase", 2, "lần", "năm 2022", approx="nearly"),
        subject="nọc tươi trại khai thác", period=Y23),
    fig("350.000 đồng/ml", "350.000", 350000, "money", "đồng/ml", subject="giá bán nọc", period=Y23),
    fig("khoảng 630 triệu", "630", 630e6, "money", "đồng", approx="about", percent=52,
        subject="tiền bán nọc mang về", period=Y23),
    fig("có 2 người", "2", 2, "count", "người", subject="người phối hợp mỗi lần lấy nọc"),
    fig("sẵn 10 lọ", "10", 10, "count", "lọ",
        subject="huyết thanh kháng nọc rắn hổ đất trại để sẵn"),
    fig("cho 5 lao động", "5", 5, "count", "lao động", subject="lao động địa phương trại tạo việc làm"),
    fig("lương 7-8 triệu", "7", 7e6, "money", "đồng/người/tháng", value_max=8e6,
        subject="mức lương lao động"),
    fig("có 4 hộ", "4", 4, "count", "hộ", subject="hộ nuôi rắn"),
    fig("khoảng 5.000 con", "5.000", 5000, "count", "con", approx="about",
        subject="tổng đàn rắn của các hộ nuôi rắn"),
    fig("thêm 30 chuồng", "30", 30, "count", "chuồng", status="forecast",
        subject="chuồng trại xây thêm", period=Y24),
    fig("lên 4.000 con", "4.000", 4000, "count", "con", status="forecast",
        subject="tổng đàn rắn của trại", period=Y24),
]

NOTES = [
    "Provincial Party newspaper (Báo Bình Định): menu, 'Thứ Hai, 18/03/2024 | 08:30', tag '(BĐO) -', sapo, byline 'HOÀNG NHÂN'.",
    "Distractors: 08:30, 'sau 6 năm' (a duration that only locates the present figures in time), 'từ năm 2022' (a date), 'lần thứ ba' (ordinal), 'BĐO'.",
    "The farm and the commune are in huyện Hoài Ân: location Hoài Ân for every figure (the tag implies Bình Định, the text names the district).",
    "'mỗi năm thu về trên 1,2 tỷ đồng' → money, unit đồng/năm, no period. 'gồm 120 chuồng' after the area: different things → no total.",
    "'một khu chuồng riêng' is optional (a number word that may be read as an article). 'tăng gần gấp đôi so với năm 2022' → change 2 lần, approx nearly.",
    "'khoảng 630 triệu đồng, chiếm khoảng 52% doanh thu' → percent attribute 52 (its 'khoảng' is lost in the attribute). 1,8 lít x 350.000 đồng/ml = 630 triệu.",
    "'Năm 2024, ... dự kiến xây thêm 30 chuồng, nâng tổng đàn lên 4.000 con' → forecast, period 2024. Present-tense farm figures carry no period.",
]

if __name__ == "__main__":
    write("p1399-5", TEXT, NOTES, FIGS, published="2024-03-18", location="Hoài Ân")
