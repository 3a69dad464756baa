"""p1358-2: district portal (huyện Thạch Thất, Hà Nội): a 'xóc đĩa' den raided in xã Bình Yên, district figures."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN THẠCH THẤT - THÀNH PHỐ HÀ NỘI
Trang chủ | Giới thiệu | Tin tức - Sự kiện | An ninh trật tự | Văn bản

Công an huyện bắt quả tang 21 đối tượng đánh bạc tại xã Bình Yên
25/03/2024 - 08:40

Khoảng 14h30 ngày 23/3, Tổ công tác Công an huyện Thạch Thất phối hợp với Công an xã Bình Yên bắt quả tang 21 đối tượng đang đánh bạc dưới hình thức "xóc đĩa" tại một lán trại trong khu đồi thuộc thôn 7, xã Bình Yên.

Tại hiện trường, lực lượng chức năng thu giữ 86,5 triệu đồng trên chiếu bạc, một bộ bát đĩa, 4 quân vị, 19 điện thoại di động và 15 xe máy các loại; khám xét người các đối tượng, thu thêm gần 40 triệu đồng. Trong số 21 đối tượng bị bắt có 5 người trú tại các huyện lân cận và 2 đối tượng có tiền án về tội đánh bạc.

Bước đầu, các đối tượng khai nhận mỗi ván đặt cược từ 200.000 đồng đến 5 triệu đồng; chủ sới là Đỗ Văn Hùng (SN 1979, trú tại thôn 3, xã Bình Yên) thu tiền hồ 500.000 đồng/ván và bố trí sáu người canh gác, đưa đón con bạc.

Theo Công an huyện, từ đầu năm 2024 đến nay, đơn vị đã phát hiện, xử lý 7 vụ/48 đối tượng đánh bạc, tăng 2 vụ so với cùng kỳ; khởi tố 4 vụ, 31 bị can; xử phạt hành chính 17 đối tượng với tổng số tiền 42,5 triệu đồng.

Thời gian qua, Công an huyện đã tổ chức 46 buổi tuyên truyền tại 23/23 xã, thị trấn, thu hút hơn 3.000 lượt người tham dự. Năm 2024, Công an huyện phấn đấu kéo giảm ít nhất 10% số vụ đánh bạc so với năm 2023, không để hình thành tụ điểm đánh bạc phức tạp.

Nguồn: Công an huyện Thạch Thất

Tin khác:
- Thạch Thất: Tổng kết công tác bảo đảm an ninh trật tự Tết Nguyên đán 2024
- Hội nghị triển khai nhiệm vụ quân sự, quốc phòng năm 2024

Địa chỉ: Thị trấn Liên Quan, huyện Thạch Thất, thành phố Hà Nội - Điện thoại: 024.33845.218
"""

YTD = per("từ đầu năm 2024 đến nay", "2024-01-01", "2024-03-25")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("21 đối tượng đánh bạc tại", "21", 21, "count", "đối tượng",
        subject="đối tượng đánh bạc bị bắt quả tang"),
    fig("quả tang 21 đối tượng đang", "21", 21, "count", "đối tượng",
        subject="đối tượng đang đánh bạc bị bắt quả tang"),
    fig("thu giữ 86,5 triệu", "86,5", 86.5e6, "money", "đồng", subject="tiền thu giữ trên chiếu bạc"),
    fig("một bộ bát đĩa", "một", 1, "count", "bộ bát đĩa", subject="bộ bát đĩa thu giữ"),
    fig("4 quân vị", "4", 4, "count", "quân vị", subject="quân vị thu giữ"),
    fig("19 điện thoại", "19", 19, "count", "điện thoại di động", subject="điện thoại di động thu giữ"),
    fig("15 xe máy", "15", 15, "count", "xe máy", subject="xe máy các loại thu giữ"),
    fig("gần 40 triệu", "40", 40e6, "money", "đồng", approx="nearly",
        subject="tiền thu thêm khi khám xét người các đối tượng"),
    fig("có 5 người", "5", 5, "count", "người", total=21,
        subject="đối tượng bị bắt trú tại các huyện lân cận"),
    fig("và 2 đối tượng", "2", 2, "count", "đối tượng", total=21,
        subject="đối tượng có tiền án về tội đánh bạc"),
    fig("từ 200.000 đồng", "200.000", 200000, "money", "đồng/ván", value_max=5e6,
        subject="tiền đặt cược mỗi ván"),
    fig("hồ 500.000", "500.000", 500000, "money", "đồng/ván", subject="tiền hồ chủ sới thu"),
    fig("sáu người", "sáu", 6, "count", "người", subject="người canh gác, đưa đón con bạc"),
    fig("xử lý 7 vụ", "7", 7, "count", "vụ", change=chg("increase", 2, "vụ", "cùng kỳ"),
        subject="vụ đánh bạc phát hiện, xử lý", period=YTD),
    fig("48 đối tượng", "48", 48, "count", "đối tượng",
        subject="đối tượng đánh bạc phát hiện, xử lý", period=YTD),
    fig("khởi tố 4 vụ", "4", 4, "count", "vụ", subject="vụ khởi tố", period=YTD),
    fig("31 bị can", "31", 31, "count", "bị can", subject="bị can khởi tố", period=YTD),
    fig("chính 17 đối tượng", "17", 17, "count", "đối tượng",
        subject="đối tượng bị xử phạt hành chính", period=YTD),
    fig("tiền 42,5 triệu", "42,5", 42.5e6, "money", "đồng",
        subject="tổng số tiền xử phạt hành chính", period=YTD),
    fig("46 buổi", "46", 46, "count", "buổi", subject="buổi tuyên truyền"),
    fig("tại 23/23", "23", 23, "count", "xã, thị trấn", total=23,
        subject="xã, thị trấn được tuyên truyền"),
    fig("hơn 3.000 lượt", "3.000", 3000, "count", "lượt người", approx="over",
        subject="lượt người tham dự tuyên truyền"),
    fig("ít nhất 10%", "10", 10, "percent", "%", approx="at_least", status="target",
        subject="kéo giảm số vụ đánh bạc so với năm 2023", period=Y24),
]

NOTES = [
    "District portal (huyện Thạch Thất, Hà Nội): banner naming the district, menu, dateline '25/03/2024 - 08:40', source, 'Tin khác', address footer.",
    "Distractors: 08:40, 14h30, ngày 23/3, thôn 7, thôn 3, SN 1979, Tết Nguyên đán 2024, năm 2024 in links, phone 024.33845.218.",
    "Location Thạch Thất (the district) for all: a commune is below the spec's places; '5 người trú tại các huyện lân cận' keeps Thạch Thất.",
    "Headline '21 đối tượng' is its own figure. 'Trong số 21 đối tượng bị bắt có 5 … và 2 …' → the 21 there is only the total of 5 and 2 (not a figure).",
    "'7 vụ/48 đối tượng' is police shorthand for 7 cases with 48 people, not a part of a whole: no total. 'tăng 2 vụ' → change of 7 vụ (unit vụ).",
    "'từ 200.000 đồng đến 5 triệu đồng' → range, the multiplier only on the upper end. 'mỗi ván' → unit đồng/ván.",
    "'23/23 xã, thị trấn' → total 23. 'phấn đấu kéo giảm ít nhất 10% số vụ' → percent figure (target, at_least), no change.",
]

if __name__ == "__main__":
    write("p1358-2", TEXT, NOTES, FIGS, published="2024-03-25", location="Thạch Thất")
