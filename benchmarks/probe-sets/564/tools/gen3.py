"""p564-3: UBND tỉnh Đắk Nông formal report - coffee and pepper, 9 months of 2024, flattened | table."""
from lib import F, P, I, CH, emit

TEXT = """ỦY BAN NHÂN DÂN
TỈNH ĐẮK NÔNG
Số: 412/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Đắk Nông, ngày 08 tháng 10 năm 2024

BÁO CÁO
Tình hình sản xuất, tiêu thụ cà phê, hồ tiêu 9 tháng năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Diện tích, sản lượng
Tính đến ngày 30/9/2024, diện tích cây công nghiệp dài ngày toàn tỉnh đạt 248.760 ha; trong đó cà phê 143.520 ha, hồ tiêu 33.480 ha.
Chỉ tiêu | Đơn vị | Năm 2023 | Kế hoạch 2024 | Ước thực hiện 2024 | Ước TH/KH (%)
Diện tích cà phê | ha | 141.860 | 143.000 | 143.520 | 100,4
Sản lượng cà phê | tấn | 385.400 | 395.000 | 398.250 | 100,8
Diện tích hồ tiêu | ha | 34.120 | 33.500 | 33.480 | 99,9
Sản lượng hồ tiêu | tấn | 80.650 | 82.000 | 83.214 | 101,5

2. Tiêu thụ, giá cả
9 tháng năm 2024, giá cà phê nhân xô bình quân đạt 112.400 đồng/kg, tăng 67,5% so với cùng kỳ; giá hồ tiêu bình quân 138.600 đồng/kg, tăng 52,3%. Kim ngạch xuất khẩu cà phê, hồ tiêu của các doanh nghiệp trên địa bàn ước đạt 412,5 triệu USD, đạt 117,9% kế hoạch năm; trong đó cà phê 356,8 triệu USD, hồ tiêu 55,7 triệu USD.

3. Tái canh, chứng nhận
Từ đầu năm đến nay, toàn tỉnh tái canh 1.420 ha cà phê, đạt 71% kế hoạch; ghép cải tạo 385 ha. Lũy kế giai đoạn 2021-2024 tái canh được 8.960 ha. Diện tích cà phê, hồ tiêu được cấp chứng nhận bền vững còn hiệu lực là 41.250 ha, trong đó hồ tiêu 6.830 ha.

II. NHIỆM VỤ QUÝ IV/2024
- Hoàn thành tái canh thêm khoảng 600 ha cà phê;
- Hỗ trợ 12 hợp tác xã xây dựng vùng nguyên liệu đạt chứng nhận, dự kiến tăng thêm 2.500 ha.

Nơi nhận:
- Bộ NN&PTNT (b/c);
- Lưu: VT, SNN.
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
KH = P("Kế hoạch 2024", "2024-01-01", "2024-12-31")
UTH = P("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
ASOF = P("Tính đến ngày 30/9/2024", None, "2024-09-30")
M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
Q4 = I(P("QUÝ IV/2024", "2024-10-01", "2024-12-31"))


def row(label, unit, cells, anchors):
    out = []
    cols = [("năm 2023", Y23, "actual"), ("kế hoạch 2024", KH, "target"), ("ước thực hiện 2024", UTH, "estimate")]
    for (num, val), anc, (cl, per, st) in zip(cells[:3], anchors[:3], cols):
        kw = {} if st == "actual" else {"status": st}
        out.append(F(anc, num, val, "measure", unit, f"{label} {cl}", per, **kw))
    num, val = cells[3]
    out.append(F(anchors[3], num, val, "percent", "%", f"{label} ước TH/KH", status="estimate"))
    return out


FIGS = [
    F("đạt 248.760 ha", "248.760", 248760, "measure", "ha", "diện tích cây công nghiệp dài ngày", ASOF),
    F("cà phê 143.520 ha", "143.520", 143520, "measure", "ha", "diện tích cà phê", ASOF, total=248760),
    F("hồ tiêu 33.480 ha", "33.480", 33480, "measure", "ha", "diện tích hồ tiêu", ASOF, total=248760),
]
FIGS += row("Diện tích cà phê", "ha", [("141.860", 141860), ("143.000", 143000), ("143.520", 143520), ("100,4", 100.4)],
            ["| 141.860 |", "| 143.000 |", "| 143.520 |", "| 100,4"])
FIGS += row("Sản lượng cà phê", "tấn", [("385.400", 385400), ("395.000", 395000), ("398.250", 398250), ("100,8", 100.8)],
            ["| 385.400 |", "| 395.000 |", "| 398.250 |", "| 100,8"])
FIGS += row("Diện tích hồ tiêu", "ha", [("34.120", 34120), ("33.500", 33500), ("33.480", 33480), ("99,9", 99.9)],
            ["| 34.120 |", "| 33.500 |", "| 33.480 |", "| 99,9"])
FIGS += row("Sản lượng hồ tiêu", "tấn", [("80.650", 80650), ("82.000", 82000), ("83.214", 83214), ("101,5", 101.5)],
            ["| 80.650 |", "| 82.000 |", "| 83.214 |", "| 101,5"])
FIGS += [
    F("đạt 112.400 đồng/kg", "112.400", 112400, "money", "đồng/kg", "giá cà phê nhân xô bình quân", M9,
      change=CH("increase", 67.5, "%", "cùng kỳ")),
    F("bình quân 138.600 đồng/kg", "138.600", 138600, "money", "đồng/kg", "giá hồ tiêu bình quân", M9,
      change=CH("increase", 52.3, "%")),
    F("ước đạt 412,5 triệu USD", "412,5", 412500000, "money", "USD",
      "kim ngạch xuất khẩu cà phê, hồ tiêu của các doanh nghiệp trên địa bàn", I(M9), percent=117.9, status="estimate"),
    F("cà phê 356,8 triệu USD", "356,8", 356800000, "money", "USD", "kim ngạch xuất khẩu cà phê", I(M9),
      total=412500000, status="estimate"),
    F("hồ tiêu 55,7 triệu USD", "55,7", 55700000, "money", "USD", "kim ngạch xuất khẩu hồ tiêu", I(M9),
      total=412500000, status="estimate"),
    F("tái canh 1.420 ha", "1.420", 1420, "measure", "ha", "diện tích cà phê tái canh",
      P("Từ đầu năm đến nay", "2024-01-01", "2024-10-08"), percent=71),
    F("ghép cải tạo 385 ha", "385", 385, "measure", "ha", "diện tích cà phê ghép cải tạo",
      P("Từ đầu năm đến nay", "2024-01-01", "2024-10-08")),
    F("được 8.960 ha", "8.960", 8960, "measure", "ha", "diện tích cà phê tái canh lũy kế",
      P("giai đoạn 2021-2024", "2021-01-01", "2024-12-31")),
    F("là 41.250 ha", "41.250", 41250, "measure", "ha", "diện tích cà phê, hồ tiêu được cấp chứng nhận bền vững còn hiệu lực"),
    F("hồ tiêu 6.830 ha", "6.830", 6830, "measure", "ha", "diện tích hồ tiêu được cấp chứng nhận bền vững", total=41250),
    F("khoảng 600 ha", "600", 600, "measure", "ha", "diện tích cà phê tái canh thêm", Q4, approx="about", status="target"),
    F("Hỗ trợ 12 hợp tác xã", "12", 12, "count", "hợp tác xã", "hợp tác xã được hỗ trợ xây dựng vùng nguyên liệu đạt chứng nhận",
      Q4, status="target"),
    F("tăng thêm 2.500 ha", "2.500", 2500, "measure", "ha", "diện tích vùng nguyên liệu đạt chứng nhận tăng thêm", Q4,
      status="forecast"),
]

COMMENTS = [
    "UBND tỉnh Đắk Nông, Báo cáo số 412/BC-UBND: sản xuất, tiêu thụ cà phê, hồ tiêu 9 tháng năm 2024 (flattened | table).",
    "Place-and-date line 'Đắk Nông, ngày 08 tháng 10 năm 2024' gives `published`. 'Số: 412/BC-UBND', section numbers I./II./1./2./3.,",
    "'QUÝ IV/2024' and 'giai đoạn 2021-2024' are not figures.",
    "Table: every numeric cell is a figure; unit from the 'Đơn vị' column; 'Năm 2023' actual, 'Kế hoạch 2024' target,",
    "'Ước thực hiện 2024' estimate; the 'Ước TH/KH (%)' ratio cells are percents with status estimate and no period (no year in the header).",
    "Plan cells are figures of their own, so the result cells carry no target attribute (as shared h23).",
    "Export parts after 'trong đó' take 412,5 triệu USD as total and keep its 'ước' status. 'Từ đầu năm đến nay' ends at the dateline.",
    "Section II tasks: 'Hoàn thành/Hỗ trợ' are targets, 'dự kiến tăng thêm 2.500 ha' a forecast figure (an increment with no base amount).",
]

if __name__ == "__main__":
    emit("p564-3", TEXT, COMMENTS, FIGS, published="2024-10-08", location="Đắk Nông")
