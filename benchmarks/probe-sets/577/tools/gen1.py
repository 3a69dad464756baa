"""p577-1: Nghệ An province portal — drug retail network, GPP, inspections (H1/2024)."""
from lib import emit, fig, per, inh, chg, tgt

TEXT = """Trang chủ > Tin tức - Sự kiện > Y tế - Xã hội

Nghệ An: 98,6% cơ sở bán lẻ thuốc đạt chuẩn GPP

Cập nhật: 15/07/2024 08:45

Sáu tháng đầu năm 2024, Sở Y tế Nghệ An đã cấp mới 214 giấy chứng nhận đủ điều kiện kinh doanh dược cho các cơ sở bán lẻ thuốc, tăng 12,6% so với cùng kỳ năm 2023. Tính đến ngày 30/6/2024, toàn tỉnh có 3.482 cơ sở bán lẻ thuốc, trong đó có 1.127 nhà thuốc, 2.196 quầy thuốc và 159 tủ thuốc của trạm y tế xã. Số cơ sở đạt tiêu chuẩn Thực hành tốt cơ sở bán lẻ thuốc (GPP) là 3.433 cơ sở, chiếm 98,6%.

Mạng lưới nhà thuốc tập trung chủ yếu tại TP. Vinh (486 nhà thuốc), thị xã Cửa Lò (73 nhà thuốc), huyện Diễn Châu (92 nhà thuốc) và huyện Quỳnh Lưu (88 nhà thuốc). Bình quân toàn tỉnh có 6,5 cơ sở bán lẻ thuốc/1 vạn dân, cao hơn mức bình quân chung của cả nước.

Trong 6 tháng đầu năm, Đoàn kiểm tra liên ngành của Sở đã kiểm tra 612 cơ sở, phát hiện 47 cơ sở vi phạm, xử phạt vi phạm hành chính với tổng số tiền hơn 385 triệu đồng; đình chỉ hoạt động 6 cơ sở. Các lỗi thường gặp là dược sĩ phụ trách chuyên môn vắng mặt, bán thuốc kê đơn không có đơn, không niêm yết giá thuốc.

Về kết nối liên thông, đã có 3.390 cơ sở kết nối với Hệ thống cơ sở dữ liệu dược quốc gia, đạt 97,4% (chỉ tiêu Bộ Y tế giao là 100%).

Năm 2024, Sở Y tế phấn đấu 100% cơ sở bán lẻ thuốc duy trì đạt GPP và 100% cơ sở được kết nối liên thông.

Sở Y tế Nghệ An - Số 18 Trường Thi, TP. Vinh. Điện thoại: 0238.3844.472.

Lượt xem: 1.284
"""

H1 = per("Sáu tháng đầu năm 2024", "2024-01-01", "2024-06-30")
ASOF = per("Tính đến ngày 30/6/2024", None, "2024-06-30")
H1b = per("6 tháng đầu năm", "2024-01-01", "2024-06-30")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("Nghệ An: 98,6%", "98,6", 98.6, "percent", "%", "cơ sở bán lẻ thuốc đạt chuẩn GPP", inh(ASOF)),
    fig("cấp mới 214 giấy", "214", 214, "count", "giấy chứng nhận",
        "giấy chứng nhận đủ điều kiện kinh doanh dược cấp mới cho các cơ sở bán lẻ thuốc", H1,
        change=chg("increase", 12.6, baseline="cùng kỳ năm 2023")),
    fig("có 3.482 cơ sở", "3.482", 3482, "count", "cơ sở", "cơ sở bán lẻ thuốc", ASOF),
    fig("có 1.127 nhà thuốc", "1.127", 1127, "count", "nhà thuốc", "nhà thuốc", ASOF, total=3482),
    fig("2.196 quầy thuốc", "2.196", 2196, "count", "quầy thuốc", "quầy thuốc", ASOF, total=3482),
    fig("159 tủ thuốc", "159", 159, "count", "tủ thuốc", "tủ thuốc của trạm y tế xã", ASOF, total=3482),
    fig("là 3.433 cơ sở", "3.433", 3433, "count", "cơ sở",
        "cơ sở đạt tiêu chuẩn Thực hành tốt cơ sở bán lẻ thuốc (GPP)", inh(ASOF), percent=98.6),
    fig("(486 nhà thuốc)", "486", 486, "count", "nhà thuốc", "mạng lưới nhà thuốc", inh(ASOF), location="Vinh"),
    fig("(73 nhà thuốc)", "73", 73, "count", "nhà thuốc", "mạng lưới nhà thuốc", inh(ASOF), location="Cửa Lò"),
    fig("(92 nhà thuốc)", "92", 92, "count", "nhà thuốc", "mạng lưới nhà thuốc", inh(ASOF), location="Diễn Châu"),
    fig("(88 nhà thuốc)", "88", 88, "count", "nhà thuốc", "mạng lưới nhà thuốc", inh(ASOF), location="Quỳnh Lưu"),
    fig("có 6,5 cơ sở", "6,5", 6.5, "measure", "cơ sở/1 vạn dân",
        "bình quân cơ sở bán lẻ thuốc trên 1 vạn dân", inh(ASOF)),
    fig("kiểm tra 612 cơ sở", "612", 612, "count", "cơ sở", "cơ sở được Đoàn kiểm tra liên ngành kiểm tra", H1b),
    fig("phát hiện 47 cơ sở", "47", 47, "count", "cơ sở", "cơ sở vi phạm", H1b),
    fig("hơn 385 triệu đồng", "385", 385_000_000, "money", "đồng", "tổng số tiền xử phạt vi phạm hành chính", H1b,
        approx="over"),
    fig("đình chỉ hoạt động 6 cơ sở", "6", 6, "count", "cơ sở", "cơ sở bị đình chỉ hoạt động", H1b),
    fig("có 3.390 cơ sở", "3.390", 3390, "count", "cơ sở",
        "cơ sở kết nối với Hệ thống cơ sở dữ liệu dược quốc gia", percent=97.4, target=tgt(100)),
    fig("phấn đấu 100% cơ sở", "100", 100, "percent", "%", "cơ sở bán lẻ thuốc duy trì đạt GPP", Y24,
        status="target"),
    fig("GPP và 100% cơ sở", "100", 100, "percent", "%", "cơ sở được kết nối liên thông", Y24, status="target"),
]

NOTES = [
    "Cổng TTĐT tỉnh Nghệ An: mạng lưới bán lẻ thuốc, GPP, kiểm tra 6 tháng đầu năm 2024. Dateline 'Cập nhật: 15/07/2024 08:45'.",
    "Distractors: 'Số 18 Trường Thi', phone 0238.3844.472, 'Lượt xem: 1.284', rate denominator '1 vạn dân', '30/6/2024'.",
    "Parts after 'trong đó' (1.127 + 2.196 + 159 = 3.482) take total 3.482; district brackets in a new paragraph with no cue: no total.",
    "47 violators of 612 inspected: no cue (no 'trong đó'/'/'), so no total. '(chỉ tiêu ... là 100%)' is the target of 3.390.",
    "revised after first run: unit of 6,5 now 'cơ sở/1 vạn dân' (shortest noun phrase, as 'cơ sở' for 3.482 cơ sở bán lẻ thuốc here).",
    "Headline 98,6% has no own period: inherited from the as-of date. Districts go to location (TP. Vinh -> Vinh).",
]

if __name__ == "__main__":
    emit("p577-1", TEXT, NOTES, FIGS, published="2024-07-15", location="Nghệ An")
