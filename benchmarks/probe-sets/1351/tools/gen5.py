"""p1351-5: provincial newspaper (Báo Bắc Giang, tag BGĐT): child abuse through social networks, Lục Ngạn, budget."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Báo Bắc Giang điện tử
Xã hội | Pháp luật

Chung tay ngăn chặn xâm hại trẻ em qua mạng xã hội

Thứ Năm, 10/10/2024 - 07:15

(BGĐT) - Từ đầu năm đến nay, Công an tỉnh phát hiện 9 vụ xâm hại trẻ em bắt nguồn từ việc làm quen qua mạng xã hội, chiếm 45% tổng số vụ. Nhiều giải pháp đang được triển khai để bảo vệ các em trước nguy cơ này.

Theo Phòng Cảnh sát hình sự Công an tỉnh Bắc Giang, 9 tháng đầu năm 2024, toàn tỉnh xảy ra 20 vụ xâm hại trẻ em, tăng 3 vụ so với cùng kỳ năm 2023. Nạn nhân chủ yếu là học sinh trung học cơ sở; có 6 vụ đối tượng là người quen, hàng xóm của nạn nhân.

Thượng tá Hoàng Văn Quyết, Phó Trưởng phòng Cảnh sát hình sự cho biết: "Các đối tượng thường dùng tài khoản ảo để làm quen, tặng quà rồi dụ dỗ các em gặp mặt. Có vụ chỉ sau hai tuần trò chuyện qua mạng, đối tượng đã hẹn gặp và thực hiện hành vi xâm hại". Lực lượng chức năng đã khởi tố 18 vụ với 21 bị can; 2 vụ còn lại đang được xác minh.

Tại huyện Lục Ngạn, Công an huyện phối hợp với ngành giáo dục tổ chức 45 buổi tuyên truyền tại trường học cho hơn 11.000 học sinh; phát 7.500 tờ rơi in mã QR kết nối Tổng đài 111.

Theo Sở Lao động - Thương binh và Xã hội, năm 2024 tỉnh bố trí 3,5 tỷ đồng cho công tác bảo vệ trẻ em, tăng 0,8 tỷ đồng so với năm 2023. Tỉnh phấn đấu đến cuối năm, 192/192 xã, phường, thị trấn có cán bộ làm công tác trẻ em được tập huấn kỹ năng phát hiện, can thiệp.

NGỌC ANH

Từ khóa: xâm hại trẻ em, mạng xã hội, Tổng đài 111
"""

YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-10-10")
M9 = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
END = per("đến cuối năm", None, "2024-12-31")
LN = "Lục Ngạn"

FIGS = [
    fig("phát hiện 9 vụ", "9", 9, "count", "vụ", percent=45,
        subject="vụ xâm hại trẻ em bắt nguồn từ việc làm quen qua mạng xã hội", period=YTD),
    fig("xảy ra 20 vụ", "20", 20, "count", "vụ", change=chg("increase", 3, "vụ", "cùng kỳ năm 2023"),
        subject="vụ xâm hại trẻ em", period=M9),
    fig("có 6 vụ", "6", 6, "count", "vụ", subject="vụ đối tượng là người quen, hàng xóm của nạn nhân",
        period=inh(M9)),
    fig("sau hai tuần", "hai", 2, "measure", "tuần", subject="thời gian trò chuyện qua mạng trước khi hẹn gặp",
        optional=True),
    fig("khởi tố 18 vụ", "18", 18, "count", "vụ", subject="vụ lực lượng chức năng đã khởi tố"),
    fig("21 bị can", "21", 21, "count", "bị can", subject="bị can bị khởi tố"),
    fig("2 vụ còn lại", "2", 2, "count", "vụ", subject="vụ còn lại đang được xác minh"),
    fig("tổ chức 45 buổi", "45", 45, "count", "buổi tuyên truyền", subject="buổi tuyên truyền tại trường học",
        location=LN),
    fig("hơn 11.000 học sinh", "11.000", 11000, "count", "học sinh", approx="over",
        subject="học sinh được tuyên truyền", location=LN),
    fig("phát 7.500 tờ rơi", "7.500", 7500, "count", "tờ rơi", subject="tờ rơi in mã QR kết nối Tổng đài 111",
        location=LN),
    fig("bố trí 3,5 tỷ", "3,5", 3.5e9, "money", "đồng", change=chg("increase", 0.8e9, "đồng", "năm 2023"),
        subject="kinh phí tỉnh bố trí cho công tác bảo vệ trẻ em", period=Y24),
    fig("192/192 xã", "192", 192, "count", "xã, phường, thị trấn", total=192, status="target",
        subject="xã, phường, thị trấn có cán bộ làm công tác trẻ em được tập huấn kỹ năng phát hiện, can thiệp",
        period=END),
]

NOTES = [
    "Provincial newspaper (Báo Bắc Giang): section menu, 'Thứ Năm, 10/10/2024 - 07:15' (published), sapo with tag '(BGĐT) -', quote, byline, tags.",
    "Distractors: 07:15, 'Tổng đài 111' (twice), 'mã QR', 'Thượng tá' (a rank title, no number).",
    "The sapo's 9 vụ (Từ đầu năm đến nay, to the dateline) has 'chiếm 45% tổng số vụ' → percent 45; no total number is given there.",
    "'9 tháng đầu năm 2024 ... 20 vụ, tăng 3 vụ' → change in vụ. '2 vụ còn lại' has no part-of cue: no total.",
    "'chỉ sau hai tuần trò chuyện' (in a quote, a duration of one case) is optional.",
    "The Lục Ngạn passage: location Lục Ngạn. The rest is Bắc Giang (named, and the BGĐT tag).",
    "'tăng 0,8 tỷ đồng so với năm 2023' → change value 800 000 000 in đồng (multiplier applied, as for values).",
    "'phấn đấu đến cuối năm, 192/192' → target, total 192; year-less 'đến cuối năm' takes 2024 (nearest earlier 'năm 2024'): end 2024-12-31.",
]

if __name__ == "__main__":
    write("p1351-5", TEXT, NOTES, FIGS, published="2024-10-10", location="Bắc Giang")
