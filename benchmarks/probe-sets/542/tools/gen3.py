from lib import F, P, I, CH, TG, emit

TEXT = """ỦY BAN NHÂN DÂN
TỈNH QUẢNG TRỊ
Số: 318/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Trị, ngày 14 tháng 10 năm 2024

BÁO CÁO
Kết quả sản xuất lâm nghiệp 9 tháng đầu năm, nhiệm vụ quý IV năm 2024

Thực hiện Văn bản số 4120/BNN-LN ngày 02/10/2024 của Bộ Nông nghiệp và Phát triển nông thôn, UBND tỉnh báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN 9 THÁNG
1. Các chỉ tiêu chủ yếu
Bảng 1. Một số chỉ tiêu lâm nghiệp 9 tháng năm 2024
Chỉ tiêu | Đơn vị | Kế hoạch năm 2024 | Thực hiện 9 tháng | Cùng kỳ năm 2023
Trồng rừng tập trung | ha | 7.500 | 6.120 | 5.840
Khai thác gỗ rừng trồng | m³ | 1.150.000 | 842.300 | 796.500
Sản xuất cây giống | triệu cây | 25 | 21,4 | 19,8
Diện tích rừng có chứng chỉ FSC | ha | 32.000 | 28.760 | 25.115

2. Chế biến lâm sản
Toàn tỉnh có 186 doanh nghiệp chế biến gỗ và lâm sản đang hoạt động, trong đó 11 doanh nghiệp sản xuất dăm gỗ xuất khẩu và 9 doanh nghiệp sản xuất ván ép, viên nén. Kim ngạch xuất khẩu gỗ và sản phẩm gỗ 9 tháng ước đạt 142,6 triệu USD, tăng 18,3% so với cùng kỳ, chiếm 41,5% tổng kim ngạch xuất khẩu của tỉnh.
Giá gỗ keo nguyên liệu tại bãi dao động từ 1,15 đến 1,3 triệu đồng/tấn, tăng khoảng 100.000 đồng/tấn so với đầu năm.

II. NHIỆM VỤ QUÝ IV NĂM 2024
Tập trung trồng 1.380 ha rừng còn lại; dự kiến sản lượng khai thác gỗ cả năm đạt khoảng 1,12 triệu m³, bằng 97,4% kế hoạch.

Nơi nhận:
- Bộ NN&PTNT (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, NN.
"""

KH = P("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")
TH = P("Thực hiện 9 tháng", "2024-01-01", "2024-09-30")
CK = P("Cùng kỳ năm 2023", "2023-01-01", "2023-09-30")
M9 = P("9 tháng", "2024-01-01", "2024-09-30")
Q4 = P("QUÝ IV NĂM 2024", "2024-10-01", "2024-12-31")
YR = P("cả năm", "2024-01-01", "2024-12-31")


def row(label, unit, kind, mult, cells):
    out = []
    for (anchor, number), per, col, st in zip(cells, (KH, TH, CK), ("kế hoạch năm 2024", "thực hiện 9 tháng", "cùng kỳ năm 2023"),
                                             ("target", None, None)):
        v = float(number.replace(".", "").replace(",", ".")) * mult
        kw = {"status": st} if st else {}
        out.append(F(anchor, number, v, kind, unit, f"{label} {col}", per, **kw))
    return out


FIGS = []
FIGS += row("Trồng rừng tập trung", "ha", "measure", 1,
            [("| 7.500 |", "7.500"), ("| 6.120 |", "6.120"), ("| 5.840", "5.840")])
FIGS += row("Khai thác gỗ rừng trồng", "m³", "measure", 1,
            [("| 1.150.000 |", "1.150.000"), ("| 842.300 |", "842.300"), ("| 796.500", "796.500")])
FIGS += row("Sản xuất cây giống", "cây", "count", 1e6,
            [("| 25 |", "25"), ("| 21,4 |", "21,4"), ("| 19,8", "19,8")])
FIGS += row("Diện tích rừng có chứng chỉ FSC", "ha", "measure", 1,
            [("| 32.000 |", "32.000"), ("| 28.760 |", "28.760"), ("| 25.115", "25.115")])
FIGS += [
    F("có 186 doanh nghiệp", "186", 186, "count", "doanh nghiệp", "doanh nghiệp chế biến gỗ và lâm sản đang hoạt động"),
    F("11 doanh nghiệp", "11", 11, "count", "doanh nghiệp", "doanh nghiệp sản xuất dăm gỗ xuất khẩu", total=186),
    F("và 9 doanh nghiệp", "9", 9, "count", "doanh nghiệp", "doanh nghiệp sản xuất ván ép, viên nén", total=186),
    F("ước đạt 142,6 triệu USD", "142,6", 142.6e6, "money", "USD", "kim ngạch xuất khẩu gỗ và sản phẩm gỗ", M9,
      percent=41.5, change=CH("increase", 18.3, "%", "cùng kỳ"), status="estimate"),
    F("từ 1,15 đến 1,3 triệu đồng/tấn", "1,15", 1.15e6, "money", "đồng/tấn", "giá gỗ keo nguyên liệu tại bãi",
      value_max=1.3e6, change=CH("increase", 100000, "đồng/tấn", "đầu năm", approx="about")),
    F("trồng 1.380 ha", "1.380", 1380, "measure", "ha", "diện tích rừng còn lại cần trồng", I(Q4), status="target"),
    F("khoảng 1,12 triệu m³", "1,12", 1.12e6, "measure", "m³", "sản lượng khai thác gỗ cả năm", YR,
      approx="about", percent=97.4, status="forecast"),
]

COMMENTS = [
    "Formal report of UBND tỉnh Quảng Trị, Số 318/BC-UBND, 14/10/2024: forestry results 9 months 2024, flattened '|' table.",
    "Table: every numeric cell is a figure; subject = row label + column; 'Kế hoạch năm 2024' column -> target;",
    "'Thực hiện 9 tháng' takes 2024 from the table title; 'Cùng kỳ năm 2023' is the same nine months of 2023. 'triệu cây' -> count, x10^6.",
    "The plan cells are figures of their own, not target attributes of the result cells (as shared h23).",
    "'Tập trung trồng 1.380 ha' under the quarter-IV tasks heading is a target; 'dự kiến' -> forecast, 'bằng 97,4% kế hoạch' its percent.",
    "Distractors: Số 318/BC-UBND, Văn bản số 4120/BNN-LN, dates, section numbers I./II./1./2., 'Bảng 1'.",
]

emit("p542-3", TEXT, COMMENTS, FIGS, published="2024-10-14", location="Quảng Trị")
