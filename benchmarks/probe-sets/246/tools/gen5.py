from lib import F, P, write

ART = """HỘI LHPN TỈNH ĐỒNG THÁP
BCH HỘI LHPN HUYỆN THÁP MƯỜI
Số: 47/BC-HPN
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Tháp Mười, ngày 28 tháng 6 năm 2024

BÁO CÁO
Kết quả thực hiện ủy thác cho vay vốn Ngân hàng Chính sách xã hội 6 tháng đầu năm 2024

1. Kết quả chung
Tính đến ngày 31/5/2024, Hội LHPN huyện quản lý 68 tổ tiết kiệm và vay vốn (TK&VV) với 2.914 hộ còn dư nợ; tổng dư nợ ủy thác đạt 142,6 tỷ đồng, chiếm 38,7% tổng dư nợ ủy thác của NHCSXH huyện, tăng 9,3 tỷ đồng so với đầu năm. Tỷ lệ nợ quá hạn 0,08%, giảm 0,03% so với cùng kỳ.

2. Dư nợ theo chương trình tín dụng
Chương trình | Số hộ dư nợ (hộ) | Dư nợ (triệu đồng) | Tăng so với đầu năm (triệu đồng)
Hộ nghèo | 412 | 19.870 | 1.250
Hộ cận nghèo | 538 | 27.340 | 2.110
Nước sạch và VSMT | 1.126 | 23.410 | 1.345
Chương trình khác | 838 | 71.980 | 4.595
Tổng cộng | 2.914 | 142.600 | 9.300

3. Hỗ trợ phụ nữ phát triển kinh tế
Trong 6 tháng, Hội đã giới thiệu cho 326 hội viên vay vốn với số tiền 15,8 tỷ đồng, bình quân 48,5 triệu đồng/hộ; hỗ trợ 17 mô hình sinh kế (trong đó 9 mô hình nuôi cá lóc, 8 mô hình trồng sen). Ước đến hết tháng 6/2024, có 41 hộ hội viên thoát nghèo, đạt 82% kế hoạch năm.

4. Phương hướng 6 tháng cuối năm
Phấn đấu đến 31/12/2024 tổng dư nợ ủy thác đạt 150 tỷ đồng, tỷ lệ nợ quá hạn dưới 0,1%; thành lập mới ít nhất 2 tổ TK&VV.

Nơi nhận:
- Hội LHPN tỉnh (b/c);
- Lưu: VP.
TM. BAN CHẤP HÀNH
CHỦ TỊCH
Nguyễn Thị Kim Loan
"""

T = P("Tính đến ngày 31/5/2024", None, "2024-05-31")
Ti = P("Tính đến ngày 31/5/2024", None, "2024-05-31", inh=True)
H6 = P("Trong 6 tháng", "2024-01-01", "2024-06-30")


def row(label, hh, no, inc, anchors):
    a1, a2, a3 = anchors
    return [
        F(a1, hh[0], hh[1], "count", "hộ", f"Số hộ dư nợ {label}", period=Ti),
        F(a2, no[0], no[1] * 1e6, "money", "đồng", f"Dư nợ {label}", period=Ti),
        F(a3, inc[0], inc[1] * 1e6, "money", "đồng", f"Tăng so với đầu năm {label}", period=Ti),
    ]


FIGS = [
    F("quản lý 68 tổ", "68", 68, "count", "tổ tiết kiệm và vay vốn", "tổ tiết kiệm và vay vốn (TK&VV)", period=T),
    F("với 2.914 hộ", "2.914", 2914, "count", "hộ", "hộ còn dư nợ", period=T),
    F("đạt 142,6 tỷ đồng", "142,6", 142.6e9, "money", "đồng", "tổng dư nợ ủy thác", percent=38.7,
      change={"direction": "increase", "value": 9.3e9, "unit": "đồng", "baseline": "đầu năm"}, period=T),
    F("quá hạn 0,08%", "0,08", 0.08, "percent", "%", "Tỷ lệ nợ quá hạn",
      change={"direction": "decrease", "value": 0.03, "unit": "%", "baseline": "cùng kỳ"}, period=Ti),
]
FIGS += row("Hộ nghèo", ("412", 412), ("19.870", 19870), ("1.250", 1250),
            ("Hộ nghèo | 412 |", "412 | 19.870 |", "19.870 | 1.250\n"))
FIGS += row("Hộ cận nghèo", ("538", 538), ("27.340", 27340), ("2.110", 2110),
            ("nghèo | 538 |", "538 | 27.340 |", "27.340 | 2.110\n"))
FIGS += row("Nước sạch và VSMT", ("1.126", 1126), ("23.410", 23410), ("1.345", 1345),
            ("VSMT | 1.126 |", "1.126 | 23.410 |", "23.410 | 1.345\n"))
FIGS += row("Chương trình khác", ("838", 838), ("71.980", 71980), ("4.595", 4595),
            ("khác | 838 |", "838 | 71.980 |", "71.980 | 4.595\n"))
FIGS += row("Tổng cộng", ("2.914", 2914), ("142.600", 142600), ("9.300", 9300),
            ("Tổng cộng | 2.914 |", "2.914 | 142.600 |", "142.600 | 9.300\n"))
FIGS += [
    F("cho 326 hội viên", "326", 326, "count", "hội viên", "hội viên được giới thiệu vay vốn", period=H6),
    F("tiền 15,8 tỷ đồng", "15,8", 15.8e9, "money", "đồng", "số tiền vay vốn", period=H6),
    F("bình quân 48,5 triệu", "48,5", 48.5e6, "money", "đồng/hộ", "bình quân vay vốn", period=H6),
    F("hỗ trợ 17 mô hình", "17", 17, "count", "mô hình sinh kế", "mô hình sinh kế được hỗ trợ", period=H6),
    F("trong đó 9 mô hình", "9", 9, "count", "mô hình", "mô hình nuôi cá lóc", total=17, period=H6),
    F("8 mô hình trồng sen", "8", 8, "count", "mô hình", "mô hình trồng sen", total=17, period=H6),
    F("có 41 hộ", "41", 41, "count", "hộ", "hộ hội viên thoát nghèo", percent=82, status="estimate",
      period=P("đến hết tháng 6/2024", None, "2024-06-30")),
    F("đạt 150 tỷ đồng", "150", 150e9, "money", "đồng", "tổng dư nợ ủy thác", status="target",
      period=P("đến 31/12/2024", None, "2024-12-31")),
    F("dưới 0,1%", "0,1", 0.1, "percent", "%", "tỷ lệ nợ quá hạn", approx="under", status="target",
      period=P("đến 31/12/2024", None, "2024-12-31")),
    F("ít nhất 2 tổ", "2", 2, "count", "tổ TK&VV", "tổ TK&VV thành lập mới", approx="at_least", status="target",
      period=P("đến 31/12/2024", None, "2024-12-31")),
]

COMMENTS = [
    "Formal report with letterhead (BCH Hội LHPN huyện Tháp Mười, Đồng Tháp, Số: 47/BC-HPN): entrusted NHCSXH loans, first half of 2024.",
    "Place-and-date line 'Tháp Mười, ngày 28 tháng 6 năm 2024' is the published date. Location Tháp Mười throughout.",
    "Flattened '|' table, units in the column headers '(hộ)', '(triệu đồng)': every cell a figure (row label + column label as subject),",
    "money cells ×10^6. Table cells inherit 'Tính đến ngày 31/5/2024' from section 1 (not scored). No totals for table cells (incl. 'Tổng cộng').",
    "Distractors: 'Số: 47/BC-HPN', section numbers 1.-4., '6 tháng cuối năm' (heading), '(b/c)', 'Lưu: VP'.",
    "142,6 tỷ carries its share (chiếm 38,7%) and change (tăng 9,3 tỷ đồng, value with multiplier). 9/8 mô hình are parts of 17 (trong đó).",
    "'Trong 6 tháng' = the first half of 2024. 41 hộ: 'Ước' → estimate; 'đạt 82% kế hoạch năm' → percent 82.",
    "'Phấn đấu đến 31/12/2024' governs all three clauses (targets, as-of period).",
]

write(5, COMMENTS, ART, FIGS, published="2024-06-28", location="Tháp Mười")
