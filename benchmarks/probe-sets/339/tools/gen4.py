from lib import F, P, emit

TEXT = """
ỦY BAN NHÂN DÂN
TỈNH QUẢNG BÌNH
Số: 27/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Bình, ngày 10 tháng 01 năm 2025

BÁO CÁO
Công tác tiếp công dân, giải quyết khiếu nại, tố cáo năm 2024
(Số liệu tính từ ngày 15/12/2023 đến ngày 14/12/2024)

I. CÔNG TÁC TIẾP CÔNG DÂN
Năm 2024, toàn tỉnh tiếp 3.126 lượt công dân với 3.408 người, 2.251 vụ việc; 14 đoàn đông người với 196 người. So với năm 2023, số lượt tiếp công dân giảm 7,2%.

II. TIẾP NHẬN, XỬ LÝ VÀ GIẢI QUYẾT ĐƠN
Bảng 1. Kết quả tiếp nhận, giải quyết đơn theo loại
Đơn vị tính: vụ việc
Loại đơn | Tiếp nhận | Thuộc thẩm quyền | Đã giải quyết | Tỷ lệ giải quyết (%)
Khiếu nại | 412 | 186 | 171 | 91,9
Tố cáo | 138 | 64 | 58 | 90,6
Kiến nghị, phản ánh | 1.701 | 1.215 | 1.179 | 97,0
Tổng cộng | 2.251 | 1.465 | 1.408 | 96,1

III. KẾT QUẢ THU HỒI, XỬ LÝ VI PHẠM
Qua giải quyết khiếu nại, tố cáo, đã kiến nghị thu hồi cho Nhà nước 5,84 tỷ đồng, 2,7 ha đất; trả lại cho công dân 1,12 tỷ đồng; kiến nghị xử lý kỷ luật 19 cá nhân, trong đó có 6 đảng viên. Đến ngày 14/12/2024, đã thu hồi được 4,93 tỷ đồng, đạt 84,4% số tiền kiến nghị thu hồi.

IV. PHƯƠNG HƯỚNG NĂM 2025
1. Phấn đấu tỷ lệ giải quyết khiếu nại, tố cáo thuộc thẩm quyền đạt trên 90%.
2. Thu hồi đạt ít nhất 85% số tiền, đất kiến nghị thu hồi.

Nơi nhận:
- Thanh tra Chính phủ (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, TTr.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Phan Phong Phú
"""

Y = P("Năm 2024", "2024-01-01", "2024-12-31")
Yi = P("Năm 2024", "2024-01-01", "2024-12-31", inh=True)
Y25i = P("NĂM 2025", "2025-01-01", "2025-12-31", inh=True)

ROWS = [("Khiếu nại", "Khiếu nại |", ["412", "186", "171", "91,9"]),
        ("Tố cáo", "Tố cáo |", ["138", "64", "58", "90,6"]),
        ("Kiến nghị, phản ánh", "Kiến nghị, phản ánh |", ["1.701", "1.215", "1.179", "97,0"]),
        ("Tổng cộng", "Tổng cộng |", ["2.251", "1.465", "1.408", "96,1"])]
COLS = ["vụ việc tiếp nhận", "vụ việc thuộc thẩm quyền", "vụ việc đã giải quyết", "Tỷ lệ giải quyết"]


def num(s):
    return float(s.replace(",", ".")) if "," in s else int(s.replace(".", ""))


FIGS = [
    F("tiếp 3.126 lượt", "3.126", 3126, "count", "lượt công dân", "lượt công dân được tiếp", period=Y),
    F("với 3.408 người", "3.408", 3408, "count", "người", "người được tiếp", period=Y),
    F("người, 2.251 vụ việc", "2.251", 2251, "count", "vụ việc", "vụ việc được tiếp", period=Y),
    F("14 đoàn", "14", 14, "count", "đoàn đông người", "đoàn đông người", period=Y),
    F("với 196 người", "196", 196, "count", "người", "người trong các đoàn đông người", period=Y),
    F("giảm 7,2%", "7,2", 7.2, "percent", "%", "số lượt tiếp công dân", period=Yi),
]
for label, head, cells in ROWS:
    prev = head
    for j, c in enumerate(cells):
        last = j == len(cells) - 1
        anchor = f"{prev} {c}" + ("\n" if last else " |")
        if label == "Tổng cộng":
            sub = f"{COLS[j]} tổng cộng" if j < 3 else "Tỷ lệ giải quyết tổng cộng"
        else:
            sub = f"{COLS[j]} {label}" if j < 3 else f"Tỷ lệ giải quyết {label}"
        FIGS.append(F(anchor, c, num(c), "percent" if last else "count", "%" if last else "vụ việc", sub, period=Yi))
        prev = c + " |" if j == 0 else f"| {c} |"
        prev = f"{c} |"

FIGS += [
    F("Nhà nước 5,84 tỷ đồng", "5,84", 5840000000, "money", "đồng", "kiến nghị thu hồi cho Nhà nước", period=Yi),
    F("2,7 ha đất", "2,7", 2.7, "measure", "ha", "đất kiến nghị thu hồi cho Nhà nước", period=Yi),
    F("công dân 1,12 tỷ đồng", "1,12", 1120000000, "money", "đồng", "trả lại cho công dân", period=Yi),
    F("kỷ luật 19 cá nhân", "19", 19, "count", "cá nhân", "cá nhân kiến nghị xử lý kỷ luật", period=Yi),
    F("có 6 đảng viên", "6", 6, "count", "đảng viên", "đảng viên kiến nghị xử lý kỷ luật", total=19, period=Yi),
    F("được 4,93 tỷ đồng", "4,93", 4930000000, "money", "đồng", "tiền đã thu hồi", percent=84.4,
      period=P("Đến ngày 14/12/2024", None, "2024-12-14")),
    F("đạt trên 90%", "90", 90, "percent", "%", "tỷ lệ giải quyết khiếu nại, tố cáo thuộc thẩm quyền",
      approx="over", status="target", period=Y25i),
    F("ít nhất 85%", "85", 85, "percent", "%", "thu hồi số tiền, đất kiến nghị thu hồi", approx="at_least",
      status="target", period=Y25i),
]

COMMENTS = [
    "Formal report with letterhead (UBND tỉnh Quảng Bình, 'Số: 27/BC-UBND'); the place-and-date line 'Quảng Bình, ngày 10 tháng 01 năm 2025' is its date.",
    "Distractors: document number, section numbers I.–IV., '1.'/'2.', 'Bảng 1', data window 15/12/2023–14/12/2024, 'Lưu: VT, TTr', signer.",
    "Flattened '|' table, 'Đơn vị tính: vụ việc', last column '(%)'. Every numeric cell is a figure; subject = column label + row label;",
    "period 'Năm 2024' from the text above (inherited); no totals for table cells (the 'Tổng cộng' row cells are figures of their own).",
    "'So với năm 2023, số lượt tiếp công dân giảm 7,2%': a rate standing as its own claim (percent, no change object).",
    "'19 cá nhân, trong đó có 6 đảng viên': total 19. '4,93 tỷ đồng, đạt 84,4% số tiền kiến nghị thu hồi': percent; 'Đến ngày 14/12/2024' as-of.",
    "Section IV 'PHƯƠNG HƯỚNG NĂM 2025': 'Phấn đấu …' targets; period from the heading (inherited). 'trên' over, 'ít nhất' at_least.",
]

emit("p339-4", TEXT, COMMENTS, {"published": "2025-01-10", "location": "Quảng Bình"}, FIGS)
