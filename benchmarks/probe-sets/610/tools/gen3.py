"""p610-3: formal report UBND tỉnh Bến Tre, rural water 9 months 2024, flattened | table."""
from lib import F, P, I, CH, T, emit

TEXT = """UBND TỈNH BẾN TRE | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Số: 412/BC-UBND | Độc lập - Tự do - Hạnh phúc
Bến Tre, ngày 08 tháng 10 năm 2024

BÁO CÁO
Kết quả thực hiện công tác cấp nước sạch nông thôn 9 tháng năm 2024 và nhiệm vụ trọng tâm quý IV/2024

Thực hiện Công văn số 3125/BNN-TL ngày 26/9/2024 của Bộ Nông nghiệp và Phát triển nông thôn, UBND tỉnh báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Các chỉ tiêu chủ yếu
Chỉ tiêu | Đơn vị tính | Kế hoạch năm 2024 | Thực hiện 9 tháng | Ước cả năm
Số hộ đấu nối mới | hộ | 9.500 | 7.842 | 10.150
Tỷ lệ dân số nông thôn sử dụng nước sạch đạt quy chuẩn | % | 82 | 80,6 | 82,3
Chiều dài tuyến ống phát triển mới | km | 320 | 264,8 | 335
Vốn đầu tư thực hiện | tỷ đồng | 450 | 318,7 | 462,5

2. Tình hình quản lý, vận hành công trình
Toàn tỉnh có 118 công trình cấp nước tập trung nông thôn với tổng công suất thiết kế 182.400 m³/ngày đêm; công suất khai thác thực tế đạt 151.300 m³/ngày đêm, bằng 82,9% công suất thiết kế. Trong 9 tháng, do ảnh hưởng của xâm nhập mặn, có 7 công trình phải tạm ngừng cấp nước, ảnh hưởng đến khoảng 3.400 hộ. Giá tiêu thụ nước sạch nông thôn bình quân 9.200 đồng/m³; tỷ lệ thất thoát nước bình quân 21,5%, giảm 2,3% so với cùng kỳ.

II. NHIỆM VỤ TRỌNG TÂM QUÝ IV/2024
1. Hoàn thành đấu nối cho khoảng 2.300 hộ còn lại theo kế hoạch.
2. Dự kiến đưa vào vận hành 2 nhà máy nước tại huyện Ba Tri và Thạnh Phú với tổng công suất 12.000 m³/ngày đêm.

Nơi nhận:
- Bộ NN&PTNT;
- TT.TU, TT.HĐND tỉnh;
- Lưu: VT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Minh Cảnh
"""

PL = P("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")
M9 = P("Thực hiện 9 tháng", "2024-01-01", "2024-09-30")
YR = P("Ước cả năm", "2024-01-01", "2024-12-31")
M9t = P("Trong 9 tháng", "2024-01-01", "2024-09-30")
Q4 = P("QUÝ IV/2024", "2024-10-01", "2024-12-31", inherited=True)


def row(label, unit, kind, mult, cells):
    out = []
    for (anchor, number, v), col, per, st in zip(cells, ("kế hoạch năm 2024", "thực hiện 9 tháng", "ước cả năm"),
                                                 (PL, M9, YR), ("target", None, "estimate")):
        kw = {"status": st} if st else {}
        out.append(F(anchor, number, v * mult, kind, unit, f"{label} {col}", per, **kw))
    return out


FIGS = (
    row("Số hộ đấu nối mới", "hộ", "count", 1,
        [("| 9.500", "9.500", 9500), ("| 7.842", "7.842", 7842), ("| 10.150", "10.150", 10150)])
    + row("Tỷ lệ dân số nông thôn sử dụng nước sạch đạt quy chuẩn", "%", "percent", 1,
          [("| 82 |", "82", 82), ("| 80,6", "80,6", 80.6), ("| 82,3", "82,3", 82.3)])
    + row("Chiều dài tuyến ống phát triển mới", "km", "measure", 1,
          [("| 320", "320", 320), ("| 264,8", "264,8", 264.8), ("| 335", "335", 335)])
    + row("Vốn đầu tư thực hiện", "đồng", "money", 1e9,
          [("| 450", "450", 450), ("| 318,7", "318,7", 318.7), ("| 462,5", "462,5", 462.5)])
    + [
        F("có 118 công trình", "118", 118, "count", "công trình", "công trình cấp nước tập trung nông thôn"),
        F("182.400 m³", "182.400", 182400, "measure", "m³/ngày đêm", "tổng công suất thiết kế"),
        F("đạt 151.300 m³", "151.300", 151300, "measure", "m³/ngày đêm", "công suất khai thác thực tế", percent=82.9),
        F("có 7 công trình", "7", 7, "count", "công trình", "công trình phải tạm ngừng cấp nước do xâm nhập mặn", M9t),
        F("khoảng 3.400 hộ", "3.400", 3400, "count", "hộ", "hộ bị ảnh hưởng do công trình tạm ngừng cấp nước", M9t, approx="about"),
        F("bình quân 9.200 đồng/m³", "9.200", 9200, "money", "đồng/m³", "giá tiêu thụ nước sạch nông thôn bình quân"),
        F("bình quân 21,5%", "21,5", 21.5, "percent", "%", "tỷ lệ thất thoát nước bình quân",
          change=CH("decrease", 2.3, "%", "cùng kỳ")),
        F("khoảng 2.300 hộ", "2.300", 2300, "count", "hộ", "hộ còn lại cần hoàn thành đấu nối", Q4, approx="about", status="target"),
        F("vận hành 2 nhà máy", "2", 2, "count", "nhà máy nước", "nhà máy nước đưa vào vận hành", Q4, status="forecast"),
        F("suất 12.000 m³", "12.000", 12000, "measure", "m³/ngày đêm", "tổng công suất nhà máy nước đưa vào vận hành", Q4,
          status="forecast"),
    ]
)

COMMENTS = [
    "Báo cáo UBND tỉnh Bến Tre số 412/BC-UBND ngày 08/10/2024: cấp nước sạch nông thôn 9 tháng năm 2024, flattened '|' table + text.",
    "Table: every numeric cell is a figure; subject = row label + column; period from the column header (scored, as h23);",
    "'Kế hoạch năm 2024' -> target, 'Ước cả năm' -> estimate (year 2024 from the title), 'Thực hiện 9 tháng' -> actual 2024-01-01..09-30.",
    "Unit 'tỷ đồng' column multiplies the money cells by 10^9. Letterhead '|' separators, 'Số: 412/BC-UBND', Công văn số 3125/BNN-TL, section numbers I./1./2. are not figures.",
    "Quý IV tasks: 'Hoàn thành … theo kế hoạch' -> target; 'Dự kiến' -> forecast; period from the section heading (inherited).",
    "'tạm ngừng' works: period 'Trong 9 tháng' stated in the sentence. Capacity stock (118 works, m³/ngày đêm) has no period phrase.",
    "'bằng 82,9% công suất thiết kế' -> percent of 151.300; 'giảm 2,3% so với cùng kỳ' -> change of the 21,5% loss rate.",
]

if __name__ == "__main__":
    emit("p610-3", TEXT, COMMENTS, FIGS, published="2024-10-08", location="Bến Tre")
