"""p1304-3: formal report (UBND tỉnh Bến Tre): soursop 2024 results and 2025 plan, flattened '|' table by district."""
from lib import F, P, I, C, T, year, write

TEXT = """UBND TỈNH BẾN TRE
Số: 412/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bến Tre, ngày 16 tháng 12 năm 2024

BÁO CÁO
Kết quả phát triển cây mãng cầu xiêm năm 2024 và kế hoạch năm 2025

I. KẾT QUẢ THỰC HIỆN NĂM 2024
1. Diện tích, sản lượng
Năm 2024, diện tích mãng cầu xiêm toàn tỉnh ước đạt 1.965 ha, tăng 85 ha so với năm 2023; sản lượng ước đạt 24.300 tấn, vượt 1,3% kế hoạch.

Bảng 1. Diện tích mãng cầu xiêm phân theo huyện
Đơn vị tính: ha
STT | Huyện | Năm 2023 | Ước thực hiện 2024 | Kế hoạch 2025 | So với cùng kỳ (%)
1 | Thạnh Phú | 735 | 790 | 830 | 107,5
2 | Ba Tri | 520 | 538 | 560 | 103,5
3 | Giồng Trôm | 380 | 392 | 410 | 103,2
4 | Bình Đại | 245 | 245 | 250 | 100,0
 | Tổng cộng | 1.880 | 1.965 | 2.050 | 104,5

2. Liên kết sản xuất
Toàn tỉnh có 14 tổ chức kinh tế tập thể sản xuất mãng cầu xiêm (gồm 9 hợp tác xã và 5 tổ hợp tác) với 1.126 thành viên; 420 ha được chứng nhận VietGAP, chiếm 21,4% diện tích. Đã cấp 18 mã số vùng trồng phục vụ xuất khẩu, tăng 5 mã số so với năm 2023.

3. Tồn tại, hạn chế
Giá mãng cầu xiêm có thời điểm giảm còn 8.000-10.000 đồng/kg; khoảng 15-20% diện tích vườn đã già cỗi, năng suất dưới 8 tấn/ha.

II. KẾ HOẠCH NĂM 2025
Phấn đấu diện tích mãng cầu xiêm đạt 2.050 ha, sản lượng từ 25.000 đến 26.000 tấn; diện tích đạt chứng nhận VietGAP tối thiểu 500 ha; hỗ trợ cải tạo khoảng 150 ha vườn già cỗi theo Nghị quyết số 09/2023/NQ-HĐND.

Nơi nhận:
- Bộ Nông nghiệp và PTNT;
- TT.TU, TT.HĐND tỉnh;
- Lưu: VT, SNN.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

Y24 = year("Năm 2024", 2024)
H24 = I(year("NĂM 2024", 2024))   # section heading I
H25 = I(year("NĂM 2025", 2025))   # section heading II
COLS = [
    ("năm 2023", year("Năm 2023", 2023), None),
    ("ước thực hiện 2024", year("Ước thực hiện 2024", 2024), "estimate"),
    ("kế hoạch 2025", year("Kế hoạch 2025", 2025), "target"),
]


def nval(s):
    return float(s.replace(".", "").replace(",", "."))


ROWS = [  # (row label, location, [(anchor, number)] for Năm 2023, Ước thực hiện 2024, Kế hoạch 2025, So với cùng kỳ)
    ("Thạnh Phú", "Thạnh Phú", [("Thạnh Phú | 735", "735"), ("735 | 790", "790"), ("790 | 830", "830"), ("830 | 107,5", "107,5")]),
    ("Ba Tri", "Ba Tri", [("Ba Tri | 520", "520"), ("520 | 538", "538"), ("538 | 560", "560"), ("560 | 103,5", "103,5")]),
    ("Giồng Trôm", "Giồng Trôm", [("Giồng Trôm | 380", "380"), ("380 | 392", "392"), ("392 | 410", "410"), ("410 | 103,2", "103,2")]),
    ("Bình Đại", "Bình Đại", [("Bình Đại | 245", "245"), ("245 | 250", "245"), ("250 | 100,0", "250"), ("| 100,0", "100,0")]),
    ("Tổng cộng", "Bến Tre", [("Tổng cộng | 1.880", "1.880"), ("1.880 | 1.965", "1.965"), ("1.965 | 2.050", "2.050"), ("| 104,5", "104,5")]),
]

CELLS = []
for label, loc, cells in ROWS:
    tot = label == "Tổng cộng"
    for i, (a, n) in enumerate(cells):
        if i < 3:
            col, per, st = COLS[i]
            kw = {"status": st} if st else {}
            subj = ("tổng diện tích mãng cầu xiêm " if tot else "diện tích mãng cầu xiêm ") + col
            CELLS.append(F(a, n, nval(n), "measure", "ha", subject=subj, period=per, location=loc, **kw))
        else:
            subj = ("tổng diện tích mãng cầu xiêm" if tot else "diện tích mãng cầu xiêm") + " so với cùng kỳ"
            CELLS.append(F(a, n, nval(n), "percent", "%", subject=subj, location=loc))

FIGS = [
    F("ước đạt 1.965 ha", "1.965", 1965, "measure", "ha", status="estimate",
      change=C("increase", 85, "ha", "năm 2023"), subject="diện tích mãng cầu xiêm toàn tỉnh", period=Y24),
    F("ước đạt 24.300 tấn", "24.300", 24300, "measure", "tấn", status="estimate",
      change=C("increase", 1.3, "%", "kế hoạch"), subject="sản lượng mãng cầu xiêm", period=Y24),
] + CELLS + [
    F("có 14 tổ chức", "14", 14, "count", "tổ chức kinh tế tập thể",
      subject="tổ chức kinh tế tập thể sản xuất mãng cầu xiêm", period=H24),
    F("gồm 9 hợp tác xã", "9", 9, "count", "hợp tác xã", total=14,
      subject="hợp tác xã sản xuất mãng cầu xiêm", period=H24),
    F("và 5 tổ hợp tác", "5", 5, "count", "tổ hợp tác", total=14,
      subject="tổ hợp tác sản xuất mãng cầu xiêm", period=H24),
    F("với 1.126 thành viên", "1.126", 1126, "count", "thành viên",
      subject="thành viên các tổ chức kinh tế tập thể", period=H24),
    F("420 ha được chứng nhận", "420", 420, "measure", "ha", percent=21.4,
      subject="diện tích được chứng nhận VietGAP", period=H24),
    F("cấp 18 mã số", "18", 18, "count", "mã số vùng trồng", change=C("increase", 5, "mã số", "năm 2023"),
      subject="mã số vùng trồng phục vụ xuất khẩu đã cấp", period=H24),
    F("còn 8.000-10.000", "8.000", 8000, "money", "đồng/kg", value_max=10000,
      subject="giá mãng cầu xiêm", period=H24),
    F("khoảng 15-20%", "15", 15, "percent", "%", value_max=20, approx="about",
      subject="diện tích vườn đã già cỗi", period=H24),
    F("dưới 8 tấn/ha", "8", 8, "measure", "tấn/ha", approx="under", subject="năng suất vườn già cỗi", period=H24),
    F("đạt 2.050 ha", "2.050", 2050, "measure", "ha", status="target",
      subject="diện tích mãng cầu xiêm", period=H25),
    F("từ 25.000 đến 26.000", "25.000", 25000, "measure", "tấn", value_max=26000, status="target",
      subject="sản lượng mãng cầu xiêm", period=H25),
    F("tối thiểu 500 ha", "500", 500, "measure", "ha", approx="at_least", status="target",
      subject="diện tích đạt chứng nhận VietGAP", period=H25),
    F("khoảng 150 ha", "150", 150, "measure", "ha", approx="about", status="target",
      subject="diện tích vườn già cỗi được hỗ trợ cải tạo", period=H25),
]

NOTES = [
    "Formal report (UBND tỉnh Bến Tre, Số: 412/BC-UBND, 'Bến Tre, ngày 16 tháng 12 năm 2024'), sections I/II and 1-3, 'Nơi nhận'.",
    "Distractors: 'Số: 412/BC-UBND', the letterhead date, 'I.', 'II.', '1.'-'3.', 'Bảng 1', STT 1-4, 'Nghị quyết số 09/2023/NQ-HĐND'.",
    "Flattened '|' table, 'Đơn vị tính: ha', district rows (row label → location; Tổng cộng → Bến Tre); 'Ước thực hiện 2024' →",
    "estimate, 'Kế hoạch 2025' → target; 'So với cùng kỳ (%)' cells are percent figures, no period (the header names none).",
    "'vượt 1,3% kế hoạch' → change +1,3% with baseline kế hoạch. '(gồm 9 hợp tác xã và 5 tổ hợp tác)' adds up to 14 → total 14.",
    "Section I/II headings give inherited periods (not scored) to sections 2, 3 and II.",
]

if __name__ == "__main__":
    write("p1304-3", TEXT, NOTES, FIGS, published="2024-12-16", location="Bến Tre")
