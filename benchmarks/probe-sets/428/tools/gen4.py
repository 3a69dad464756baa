from lib import *

TEXT = """UBND TỈNH NGHỆ AN
SỞ Y TẾ
Số: 2145/BC-SYT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Nghệ An, ngày 08 tháng 10 năm 2024

BÁO CÁO
Kết quả triển khai Đề án 06 trong lĩnh vực y tế 9 tháng năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Khám, chữa bệnh bằng căn cước công dân và hồ sơ sức khỏe điện tử
Thực hiện Kế hoạch số 156/KH-SYT ngày 20/02/2024, 9 tháng năm 2024, toàn ngành đã tiếp nhận 1.236.840 lượt khám, chữa bệnh bằng căn cước công dân gắn chíp, tăng 46,8% so với cùng kỳ năm 2023; trong đó tuyến xã chiếm 38,2%.

Bảng 1. Kết quả một số chỉ tiêu chuyển đổi số y tế
Chỉ tiêu | Đơn vị tính | Kế hoạch năm 2024 | Thực hiện 9 tháng | Tỷ lệ so với kế hoạch (%)
Người dân có hồ sơ sức khỏe điện tử | người | 2.800.000 | 2.415.372 | 86,3
Cơ sở KCB triển khai KCB bằng CCCD gắn chíp | cơ sở | 528 | 521 | 98,7
Bệnh viện triển khai bệnh án điện tử | bệnh viện | 12 | 7 | 58,3
Cơ sở y tế thu viện phí không dùng tiền mặt | cơ sở | 85 | 79 | 92,9

2. Thanh toán không dùng tiền mặt
Tổng số tiền viện phí thu qua các kênh thanh toán điện tử 9 tháng ước đạt 412,5 tỷ đồng (quý III đạt 158,3 tỷ đồng), tăng 24,6% so với cùng kỳ.

II. NHIỆM VỤ QUÝ IV/2024
Phấn đấu đến 31/12/2024 có 12/12 bệnh viện tuyến tỉnh triển khai bệnh án điện tử; tỷ lệ dân số có hồ sơ sức khỏe điện tử đạt trên 85%.

Nơi nhận:
- UBND tỉnh (b/c);
- Lưu: VT, KHTC.
GIÁM ĐỐC
Dương Đình Chỉnh
"""

HEADER = """Formal report with letterhead (Sở Y tế Nghệ An, 'Số: 2145/BC-SYT', invented); 'Nghệ An, ngày 08 tháng 10 năm 2024' is its date.
Flattened '|' table with a per-row 'Đơn vị tính' column: plan cells are figures with status target (period năm 2024 from the header, inherited);
'Thực hiện 9 tháng' cells take 9 tháng năm 2024 (header + title, inherited); '(%)' column cells are percent figures of their own, so no
target/percent attribute on the result cells (as shared h23). Subject = row label + column label.
'trong đó tuyến xã chiếm 38,2%': a percent has no whole in lượt, so no total; its period stands in the same sentence.
'ước đạt 412,5 tỷ đồng (quý III đạt 158,3 tỷ đồng), tăng 24,6%': the change belongs to 412,5 tỷ (estimate); the bracketed one is actual.
Section 'NHIỆM VỤ QUÝ IV/2024': 'Phấn đấu đến 31/12/2024' targets (end 2024-12-31). Distractors: document numbers, 'Đề án 06', dates,
section numbers I./II./1./2., 'Bảng 1', 'Lưu: VT, KHTC', signer."""

P9 = per("9 tháng năm 2024", "2024-01-01", "2024-09-30")
P9i = per("Thực hiện 9 tháng", "2024-01-01", "2024-09-30", inh=True)
PKH = per("Kế hoạch năm 2024", "2024-01-01", "2024-12-31", inh=True)
PT = per("đến 31/12/2024", None, "2024-12-31")

ROWS = [
    ("Người dân có hồ sơ sức khỏe điện tử", "người", "2.800.000", "2.415.372", "86,3"),
    ("Cơ sở KCB triển khai KCB bằng CCCD gắn chíp", "cơ sở", "528", "521", "98,7"),
    ("Bệnh viện triển khai bệnh án điện tử", "bệnh viện", "12", "7", "58,3"),
    ("Cơ sở y tế thu viện phí không dùng tiền mặt", "cơ sở", "85", "79", "92,9"),
]

FIGS = [
    F("tiếp nhận 1.236.840 lượt", "1.236.840", 1236840, "count", "lượt",
      "lượt khám, chữa bệnh bằng căn cước công dân gắn chíp",
      change=chg("increase", 46.8, "%", "cùng kỳ năm 2023"), period=P9),
    F("tuyến xã chiếm 38,2%", "38,2", 38.2, "percent", "%", "tỷ lệ lượt khám, chữa bệnh tuyến xã", period=P9),
]
for label, unit, plan, done, rate in ROWS:
    v = lambda s: parse_num(s)
    FIGS.append(F(f"{unit} | {plan} |", plan, v(plan), "count", unit, f"{label} kế hoạch năm 2024",
                  status="target", period=PKH))
    FIGS.append(F(f"{plan} | {done} |", done, v(done), "count", unit, f"{label} thực hiện 9 tháng", period=P9i))
    FIGS.append(F(f"{done} | {rate}\n", rate, v(rate), "percent", "%", f"Tỷ lệ so với kế hoạch {label}", period=P9i))

FIGS += [
    F("ước đạt 412,5 tỷ đồng", "412,5", 412.5e9, "money", "đồng",
      "tổng số tiền viện phí thu qua các kênh thanh toán điện tử", status="estimate",
      change=chg("increase", 24.6, "%", "cùng kỳ"), period=per("9 tháng", "2024-01-01", "2024-09-30")),
    F("quý III đạt 158,3 tỷ đồng", "158,3", 158.3e9, "money", "đồng",
      "tiền viện phí thu qua các kênh thanh toán điện tử quý III", period=per("quý III", "2024-07-01", "2024-09-30")),
    F("có 12/12 bệnh viện", "12", 12, "count", "bệnh viện", "bệnh viện tuyến tỉnh triển khai bệnh án điện tử",
      total=12, status="target", period=PT),
    F("đạt trên 85%", "85", 85, "percent", "%", "tỷ lệ dân số có hồ sơ sức khỏe điện tử",
      approx="over", status="target", period=PT),
]

build("p428-4", TEXT, FIGS, HEADER, published="2024-10-08", location="Nghệ An")
