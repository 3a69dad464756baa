"""p1176-7: department site (Công an tỉnh Lâm Đồng), no dateline: online vehicle registration, one-cell-per-line table."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CÔNG AN TỈNH LÂM ĐỒNG
Trang chủ | Giới thiệu | Tin tức | Dịch vụ công | Hỏi đáp

Kết quả đăng ký xe qua dịch vụ công trực tuyến 9 tháng năm 2024

Thực hiện Đề án 06 của Chính phủ, 9 tháng năm 2024, Phòng CSGT và Công an các huyện, thành phố đã tiếp nhận 41.872 hồ sơ đăng ký xe qua Cổng dịch vụ công, chiếm 83,5% tổng số hồ sơ đăng ký xe. Kết quả theo từng quý như sau:

Đơn vị tính: hồ sơ
Loại hồ sơ
Quý I
Quý II
Quý III
Đăng ký mới
11.204
12.683
13.315
Sang tên, di chuyển
1.298
1.547
1.825
Tổng số
12.502
14.230
15.140

Các địa phương có nhiều hồ sơ trực tuyến là Đà Lạt với 9.416 hồ sơ, Bảo Lộc 5.208 hồ sơ và Đức Trọng 4.377 hồ sơ. Lệ phí thanh toán trực tuyến đạt khoảng 36,4 tỷ đồng. Thời gian giải quyết một hồ sơ đăng ký mới đã giảm từ 2 ngày xuống còn 8 giờ làm việc.

Tại huyện Lâm Hà, Công an 16 xã, thị trấn đã tiếp nhận trực tuyến 2.940 hồ sơ đăng ký xe mô tô, tăng 18,2% so với cùng kỳ năm 2023.

Trong quý IV, Công an tỉnh phấn đấu tỷ lệ hồ sơ đăng ký xe trực tuyến đạt trên 90%.

Tin liên quan:
- Hội nghị sơ kết 6 tháng thực hiện Đề án 06
- Công an TP Đà Lạt ra quân đợt 2 kiểm tra xe hết niên hạn

CÔNG AN TỈNH LÂM ĐỒNG
Địa chỉ: Số 2 Trần Hưng Đạo, Phường 3, TP Đà Lạt
Điện thoại: 0263.3822.279
Tổng lượt truy cập: 2.084.519 | Hôm nay: 1.032
"""

M9 = per("9 tháng năm 2024", "2024-01-01", "2024-09-30")
QS = {"Quý I": per("Quý I", "2024-01-01", "2024-03-31"),
      "Quý II": per("Quý II", "2024-04-01", "2024-06-30"),
      "Quý III": per("Quý III", "2024-07-01", "2024-09-30")}
Q4 = per("Trong quý IV", "2024-10-01", "2024-12-31")
LIST = "hồ sơ đăng ký xe trực tuyến"


def cell(anchor, number, value, row, col):
    return fig(anchor, number, value, "count", "hồ sơ", subject=f"hồ sơ {row} {col.lower()}", period=QS[col])


FIGS = [
    fig("tiếp nhận 41.872 hồ sơ", "41.872", 41872, "count", "hồ sơ", percent=83.5,
        subject="hồ sơ đăng ký xe qua Cổng dịch vụ công", period=M9),
    cell("Đăng ký mới\n11.204", "11.204", 11204, "đăng ký mới", "Quý I"),
    cell("11.204\n12.683", "12.683", 12683, "đăng ký mới", "Quý II"),
    cell("12.683\n13.315", "13.315", 13315, "đăng ký mới", "Quý III"),
    cell("di chuyển\n1.298", "1.298", 1298, "sang tên, di chuyển", "Quý I"),
    cell("1.298\n1.547", "1.547", 1547, "sang tên, di chuyển", "Quý II"),
    cell("1.547\n1.825", "1.825", 1825, "sang tên, di chuyển", "Quý III"),
    cell("Tổng số\n12.502", "12.502", 12502, "tổng số", "Quý I"),
    cell("12.502\n14.230", "14.230", 14230, "tổng số", "Quý II"),
    cell("14.230\n15.140", "15.140", 15140, "tổng số", "Quý III"),
    fig("Đà Lạt với 9.416", "9.416", 9416, "count", "hồ sơ", subject=LIST, period=inh(M9), location="Đà Lạt"),
    fig("Bảo Lộc 5.208", "5.208", 5208, "count", "hồ sơ", subject=LIST, period=inh(M9), location="Bảo Lộc"),
    fig("Đức Trọng 4.377", "4.377", 4377, "count", "hồ sơ", subject=LIST, period=inh(M9), location="Đức Trọng"),
    fig("khoảng 36,4 tỷ", "36,4", 36400000000, "money", "đồng", approx="about",
        subject="lệ phí thanh toán trực tuyến", period=inh(M9)),
    fig("từ 2 ngày", "2", 2, "measure", "ngày",
        subject="thời gian giải quyết một hồ sơ đăng ký mới trước đây", optional=True),
    fig("còn 8 giờ", "8", 8, "measure", "giờ làm việc",
        subject="thời gian giải quyết một hồ sơ đăng ký mới"),
    fig("Công an 16 xã", "16", 16, "count", "xã, thị trấn",
        subject="Công an xã, thị trấn tiếp nhận hồ sơ đăng ký xe mô tô trực tuyến", location="Lâm Hà"),
    fig("tuyến 2.940 hồ sơ", "2.940", 2940, "count", "hồ sơ",
        change=chg("increase", 18.2, "%", "cùng kỳ năm 2023"),
        subject="hồ sơ đăng ký xe mô tô tiếp nhận trực tuyến", period=inh(M9), location="Lâm Hà"),
    fig("trên 90%", "90", 90, "percent", "%", approx="over", status="target",
        subject="tỷ lệ hồ sơ đăng ký xe trực tuyến", period=Q4),
]

NOTES = [
    "Department site (Công an tỉnh Lâm Đồng): no dateline (published none); footer address, phone, 'Tổng lượt truy cập', 'Hôm nay'.",
    "One-cell-per-line table, 'Đơn vị tính: hồ sơ'; rows Đăng ký mới / Sang tên, di chuyển / Tổng số, columns Quý I-III:",
    "subject = 'hồ sơ' + row label + column label; period from the column header, year 2024 from '9 tháng năm 2024' above. No totals in cells.",
    "'41.872 hồ sơ ..., chiếm 83,5% tổng số hồ sơ' -> percent attribute only. District list: location each district, subject the list's indicator.",
    "'giảm từ 2 ngày xuống còn 8 giờ': the present duration 8 giờ is the figure; the former 2 ngày is optional; no change value is stated.",
    "Lâm Hà passage: location Lâm Hà; period inherited from '9 tháng năm 2024' ('so với cùng kỳ năm 2023' is the baseline).",
    "Distractors: Đề án 06, '6 tháng' and 'đợt 2' in related links, Số 2 Trần Hưng Đạo, Phường 3, 0263.3822.279, counters 2.084.519 and 1.032.",
]

if __name__ == "__main__":
    write("p1176-7", TEXT, NOTES, FIGS, published=None, location="Lâm Đồng")
