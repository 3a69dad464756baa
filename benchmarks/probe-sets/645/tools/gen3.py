from lib import emit, fig, per, inh, tgt

TEXT = """UBND TỈNH SÓC TRĂNG
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 215/BC-UBND
Sóc Trăng, ngày 10 tháng 10 năm 2024

BÁO CÁO
Kết quả trồng rừng phòng hộ ven biển 9 tháng năm 2024 và nhiệm vụ quý IV/2024

I. KẾT QUẢ THỰC HIỆN
1. Trồng rừng
Thực hiện Kế hoạch số 86/KH-UBND ngày 15/3/2024, 9 tháng năm 2024 toàn tỉnh trồng được 186,4 ha rừng phòng hộ ven biển, đạt 74,6% kế hoạch (250 ha). Kết quả cụ thể như sau:

Địa bàn | Kế hoạch 2024 (ha) | Thực hiện 9 tháng (ha) | Tỷ lệ cây sống (%)
Thị xã Vĩnh Châu | 150 | 118,2 | 81,3
Huyện Trần Đề | 70 | 52,7 | 76,8
Huyện Cù Lao Dung | 30 | 15,5 | 88,0
Tổng cộng | 250 | 186,4 | 80,9

Tổng kinh phí đã giải ngân 9 tháng là 12,75 tỷ đồng, bằng 68,2% kế hoạch vốn năm; đơn giá trồng và chăm sóc năm thứ nhất bình quân 58,5 triệu đồng/ha.

2. Bảo vệ bờ biển
Các đai rừng phòng hộ hiện che chắn 42,6 km trên tổng số 72 km bờ biển của tỉnh. Toàn tỉnh có 9 điểm sạt lở với tổng chiều dài khoảng 18,5 km; trong đó thị xã Vĩnh Châu có 6 điểm, dài 13,2 km.

II. NHIỆM VỤ QUÝ IV/2024
Quý IV/2024, phấn đấu trồng hoàn thành 63,6 ha còn lại; dự kiến đến hết năm 2024 tỷ lệ cây sống bình quân đạt trên 82%.

Nơi nhận:
- Bộ Nông nghiệp và PTNT;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

M9 = per("9 tháng năm 2024", "2024-01-01", "2024-09-30")
KH = per("Kế hoạch 2024", "2024-01-01", "2024-12-31")
TH = per("Thực hiện 9 tháng", "2024-01-01", "2024-09-30")
SK = "Kế hoạch 2024 trồng rừng phòng hộ ven biển"
ST = "Thực hiện 9 tháng trồng rừng phòng hộ ven biển"
SS = "Tỷ lệ cây sống"


def row(label, loc, plan, done, rate):
    (pa, pn, pv), (da, dn, dv), (ra, rn, rv) = plan, done, rate
    out = [
        fig(pa, pn, pv, "measure", "ha", SK, KH, status="target"),
        fig(da, dn, dv, "measure", "ha", ST, TH),
        fig(ra, rn, rv, "percent", "%", SS, inh(M9)),
    ]
    if loc:
        for f in out:
            f["location"] = loc
    return out


FIGS = [
    fig("trồng được 186,4 ha", "186,4", 186.4, "measure", "ha", "diện tích trồng rừng phòng hộ ven biển", M9,
        percent=74.6, target=tgt(250, "ha")),
    *row("Vĩnh Châu", "Vĩnh Châu", ("Châu | 150", "150", 150), ("118,2", "118,2", 118.2), ("81,3", "81,3", 81.3)),
    *row("Trần Đề", "Trần Đề", ("Đề | 70", "70", 70), ("52,7", "52,7", 52.7), ("76,8", "76,8", 76.8)),
    *row("Cù Lao Dung", "Cù Lao Dung", ("Dung | 30", "30", 30), ("15,5", "15,5", 15.5), ("88,0", "88,0", 88)),
    *row("Tổng cộng", None, ("cộng | 250", "250", 250), ("| 186,4 |", "186,4", 186.4), ("80,9", "80,9", 80.9)),
    fig("là 12,75 tỷ đồng", "12,75", 12.75e9, "money", "đồng", "Tổng kinh phí đã giải ngân",
        per("9 tháng", "2024-01-01", "2024-09-30"), percent=68.2),
    fig("58,5 triệu đồng/ha", "58,5", 58.5e6, "money", "đồng/ha", "đơn giá trồng và chăm sóc năm thứ nhất bình quân"),
    fig("che chắn 42,6 km", "42,6", 42.6, "measure", "km", "bờ biển được các đai rừng phòng hộ che chắn", total=72),
    fig("có 9 điểm", "9", 9, "count", "điểm sạt lở", "điểm sạt lở"),
    fig("khoảng 18,5 km", "18,5", 18.5, "measure", "km", "tổng chiều dài sạt lở", approx="about"),
    fig("có 6 điểm", "6", 6, "count", "điểm sạt lở", "điểm sạt lở", total=9, location="Vĩnh Châu"),
    fig("dài 13,2 km", "13,2", 13.2, "measure", "km", "chiều dài sạt lở", total=18.5, location="Vĩnh Châu"),
    fig("hoàn thành 63,6 ha", "63,6", 63.6, "measure", "ha", "diện tích trồng rừng còn lại",
        per("Quý IV/2024", "2024-10-01", "2024-12-31"), status="target"),
    fig("trên 82%", "82", 82, "percent", "%", "tỷ lệ cây sống bình quân",
        per("đến hết năm 2024", None, "2024-12-31"), approx="over", status="forecast"),
]

COMMENTS = [
    "Formal report under the UBND tỉnh Sóc Trăng letterhead (Số: 215/BC-UBND, 'Sóc Trăng, ngày 10 tháng 10 năm 2024'): trồng rừng phòng hộ",
    "ven biển 9 tháng năm 2024, flattened '|' table (Địa bàn | Kế hoạch 2024 (ha) | Thực hiện 9 tháng (ha) | Tỷ lệ cây sống (%)).",
    "Plan cells → status target, period from the column header; 'Thực hiện 9 tháng' cells → 2024-01..09 (scored); survival-rate cells",
    "inherit the title's period (unscored). Row places go to location; 'Tổng cộng' row is the province. No total for table cells (no cue).",
    "'(250 ha)' after 'đạt 74,6% kế hoạch' is the 186,4 ha's target, not a figure. '72 km' after 'trên tổng số' is an attribute only.",
    "Parts after 'trong đó' take the whole counting the same thing: 6 điểm → 9, 13,2 km → 18,5. 'năm thứ nhất', I./II./1./2., Kế hoạch số 86/KH-UBND are not figures.",
]

if __name__ == "__main__":
    emit("p645-3", TEXT, COMMENTS, FIGS, published="2024-10-10", location="Sóc Trăng")
