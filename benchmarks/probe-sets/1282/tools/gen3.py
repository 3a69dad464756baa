"""p1282-3: formal report (UBND tỉnh Sóc Trăng, Số: 09/BC-UBND): lạp xưởng năm 2024, flattened '|' table by locality."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH SÓC TRĂNG
Số: 09/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Sóc Trăng, ngày 08 tháng 01 năm 2025

BÁO CÁO
Tình hình sản xuất, tiêu thụ lạp xưởng năm 2024 và kế hoạch năm 2025

I. KẾT QUẢ THỰC HIỆN NĂM 2024
1. Cơ sở sản xuất
Đến ngày 31/12/2024, toàn tỉnh có 214 cơ sở sản xuất lạp xưởng, tăng 17 cơ sở so với năm 2023; trong đó có 6 doanh nghiệp, 23 hợp tác xã và tổ hợp tác, còn lại là hộ kinh doanh.

2. Sản lượng
Tổng sản lượng lạp xưởng năm 2024 đạt 4.120 tấn, tăng 9,3% so với năm 2023, vượt 3% kế hoạch.
Đơn vị tính: tấn
Địa phương | Năm 2023 | Năm 2024 | So với cùng kỳ (%) | Kế hoạch 2025
TP Sóc Trăng | 2.180 | 2.390 | 109,6 | 2.600
Huyện Mỹ Xuyên | 905 | 982 | 108,5 | 1.050
Thị xã Vĩnh Châu | 384 | 416 | 108,3 | 450
Các địa phương khác | 301 | 332 | 110,3 | 400
Tổng cộng | 3.770 | 4.120 | 109,3 | 4.500

3. Xuất khẩu
Sản lượng xuất khẩu khoảng 380 tấn, chủ yếu sang Hoa Kỳ, Úc và Đài Loan (Trung Quốc), chiếm 9,2% tổng sản lượng; kim ngạch ước đạt 3,4 triệu USD. Giá bán bình quân lạp xưởng loại 1 khoảng 210.000 đồng/kg.

4. An toàn thực phẩm
Trong năm, các đoàn liên ngành kiểm tra 162 lượt cơ sở, phát hiện 11 cơ sở vi phạm, xử phạt 86,5 triệu đồng theo Nghị định số 115/2018/NĐ-CP.

II. KẾ HOẠCH NĂM 2025
Phấn đấu tổng sản lượng đạt 4.500 tấn, tăng 9,2% so với năm 2024; có thêm ít nhất 3 sản phẩm lạp xưởng đạt chuẩn OCOP; 100% cơ sở sản xuất được cấp Giấy chứng nhận đủ điều kiện an toàn thực phẩm.

Nơi nhận:
- Bộ Công Thương;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KT.
"""

ASOF = per("Đến ngày 31/12/2024", None, "2024-12-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y24T = per("Năm 2024", "2024-01-01", "2024-12-31")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
K25 = per("Kế hoạch 2025", "2025-01-01", "2025-12-31")
INYEAR = per("Trong năm", "2024-01-01", "2024-12-31")
Y25 = per("NĂM 2025", "2025-01-01", "2025-12-31")
COLS = ["Năm 2023", "Năm 2024", "So với cùng kỳ (%)", "Kế hoạch 2025"]
CP = {"Năm 2023": Y23, "Năm 2024": Y24T, "So với cùng kỳ (%)": inh(Y24T), "Kế hoạch 2025": K25}


def num(s):
    return float(s.replace(".", "").replace(",", "."))


def row(label, loc, cells, who):
    out, prev = [], label
    for col, n in zip(COLS, cells):
        anchor = f"{prev} | {n}"
        kw = {"status": "target"} if col.startswith("Kế hoạch") else {}
        if col.startswith("So với"):
            f = fig(anchor, n, num(n), "percent", "%", subject=f"sản lượng lạp xưởng {who}so với cùng kỳ",
                    period=CP[col], location=loc, **kw)
        else:
            f = fig(anchor, n, num(n), "measure", "tấn", subject=f"sản lượng lạp xưởng {who}{col.lower()}",
                    period=CP[col], location=loc, **kw)
        out.append(f)
        prev = n
    return out


TABLE = (row("TP Sóc Trăng", "Sóc Trăng", ["2.180", "2.390", "109,6", "2.600"], "")
         + row("Huyện Mỹ Xuyên", "Mỹ Xuyên", ["905", "982", "108,5", "1.050"], "")
         + row("Thị xã Vĩnh Châu", "Vĩnh Châu", ["384", "416", "108,3", "450"], "")
         + row("Các địa phương khác", "Sóc Trăng", ["301", "332", "110,3", "400"], "các địa phương khác ")
         + row("Tổng cộng", "Sóc Trăng", ["3.770", "4.120", "109,3", "4.500"], "tổng cộng "))

FIGS = [
    fig("có 214 cơ sở", "214", 214, "count", "cơ sở", change=chg("increase", 17, "cơ sở", "năm 2023"),
        subject="cơ sở sản xuất lạp xưởng", period=ASOF),
    fig("có 6 doanh nghiệp", "6", 6, "count", "doanh nghiệp", total=214, subject="doanh nghiệp", period=ASOF),
    fig("23 hợp tác xã", "23", 23, "count", "hợp tác xã và tổ hợp tác", total=214,
        subject="hợp tác xã và tổ hợp tác", period=ASOF),
    fig("đạt 4.120 tấn", "4.120", 4120, "measure", "tấn", change=chg("increase", 9.3, "%", "năm 2023"),
        subject="tổng sản lượng lạp xưởng", period=Y24),
    fig("vượt 3% kế hoạch", "3", 3, "percent", "%", subject="tổng sản lượng lạp xưởng vượt kế hoạch",
        period=Y24, optional=True),
] + TABLE + [
    fig("khoảng 380 tấn", "380", 380, "measure", "tấn", approx="about", percent=9.2,
        subject="sản lượng xuất khẩu", period=inh(Y24T)),
    fig("3,4 triệu USD", "3,4", 3.4e6, "money", "USD", status="estimate", subject="kim ngạch xuất khẩu",
        period=inh(Y24T)),
    fig("khoảng 210.000", "210.000", 210000, "money", "đồng/kg", approx="about",
        subject="giá bán bình quân lạp xưởng loại 1", period=inh(Y24T)),
    fig("kiểm tra 162 lượt cơ sở", "162", 162, "count", "lượt cơ sở", subject="lượt cơ sở được kiểm tra",
        period=INYEAR),
    fig("phát hiện 11 cơ sở", "11", 11, "count", "cơ sở", subject="cơ sở vi phạm", period=INYEAR),
    fig("86,5 triệu", "86,5", 86.5e6, "money", "đồng", subject="tiền xử phạt", period=INYEAR),
    fig("đạt 4.500 tấn", "4.500", 4500, "measure", "tấn", status="target",
        change=chg("increase", 9.2, "%", "năm 2024"), subject="tổng sản lượng", period=inh(Y25)),
    fig("ít nhất 3 sản phẩm", "3", 3, "count", "sản phẩm", approx="at_least", status="target",
        subject="sản phẩm lạp xưởng đạt chuẩn OCOP", period=inh(Y25)),
    fig("100% cơ sở", "100", 100, "percent", "%", status="target",
        subject="cơ sở sản xuất được cấp Giấy chứng nhận đủ điều kiện an toàn thực phẩm", period=inh(Y25)),
]

NOTES = [
    "Formal report: 'UBND TỈNH SÓC TRĂNG', 'Số: 09/BC-UBND', 'Sóc Trăng, ngày 08 tháng 01 năm 2025' (published), sections I/II, 1-4, 'Nơi nhận'.",
    "'tăng 17 cơ sở so với năm 2023' is the change of 214 cơ sở; the parts after 'trong đó' take 214 as total.",
    "4.120 tấn has two changes ('tăng 9,3%', 'vượt 3% kế hoạch'): the first is the attribute, the second an optional percent figure.",
    "Flattened '|' table, 'Đơn vị tính: tấn'; the place column goes to location (TP Sóc Trăng, Mỹ Xuyên, Vĩnh Châu; other/total rows:",
    "the province). 'So với cùng kỳ (%)' cells are percent figures; their header states no period (2024 kept as inherited, not scored).",
    "'Kế hoạch 2025' cells are targets. Cells get no total.",
    "Section 3 and section II figures take their year from the section heading (another sentence): inherited periods.",
    "'Trong năm' in an annual report is the report year 2024 (cf. 'trong tháng' in a monthly report).",
    "Distractors: 'Số: 09/BC-UBND', letterhead date, 'Đến ngày 31/12/2024', 'loại 1', 'Nghị định số 115/2018/NĐ-CP', section numbers.",
]

if __name__ == "__main__":
    write("p1282-3", TEXT, NOTES, FIGS, published="2025-01-08", location="Sóc Trăng")
