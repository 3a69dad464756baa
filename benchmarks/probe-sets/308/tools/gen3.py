from lib import F, P, write

TEXT = """CỤC HẢI QUAN TỈNH QUẢNG BÌNH
CHI CỤC HẢI QUAN CỬA KHẨU CHA LO
Số: 215/BC-HQCL
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Minh Hóa, ngày 04 tháng 10 năm 2024

BÁO CÁO
Kết quả công tác quý III/2024 và phương hướng, nhiệm vụ quý IV/2024

I. KẾT QUẢ THỰC HIỆN
1. Công tác thủ tục hải quan
Trong quý III/2024, Chi cục đã làm thủ tục hải quan cho 3.482 tờ khai của 57 doanh nghiệp tại cửa khẩu quốc tế Cha Lo (huyện Minh Hóa), tăng 9,6% về số tờ khai so với quý II/2024. Kết quả theo loại hình như sau:

Bảng 1. Kết quả làm thủ tục theo loại hình, quý III/2024
Loại hình | Số tờ khai | Kim ngạch (triệu USD) | Thuế thu (triệu đồng)
Xuất khẩu | 1.356 | 41,25 | 215
Nhập khẩu | 1.120 | 28,70 | 19.842
Tạm nhập tái xuất | 618 | 15,36 | 0
Quá cảnh | 388 | 9,84 | 0
Tổng cộng | 3.482 | 95,15 | 20.057

2. Công tác thu ngân sách
Tổng thu ngân sách quý III/2024 đạt 20,06 tỷ đồng; lũy kế 9 tháng năm 2024 đạt 61,4 tỷ đồng, bằng 76,8% chỉ tiêu pháp lệnh (80 tỷ đồng).

3. Công tác kiểm soát, chống buôn lậu
Từ đầu năm đến nay, Chi cục chủ trì, phối hợp với Đồn Biên phòng cửa khẩu quốc tế Cha Lo bắt giữ 14 vụ vận chuyển trái phép hàng hóa qua biên giới; tang vật gồm 2.450 bao thuốc lá điếu nhập lậu, 1,2 tấn đường cát và 36 con trâu, bò, trị giá khoảng 780 triệu đồng. Riêng quý III/2024 xử phạt vi phạm hành chính 9 vụ, thu nộp ngân sách 312,5 triệu đồng.

II. PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ IV/2024
Phấn đấu thu ngân sách quý IV đạt tối thiểu 18,6 tỷ đồng, bảo đảm hoàn thành 100% chỉ tiêu thu năm 2024; thời gian thông quan tại cửa khẩu không quá 2 giờ/lô hàng.

Nơi nhận:
- Cục Hải quan tỉnh (b/c);
- Lưu: VT, NV.
CHI CỤC TRƯỞNG
Đinh Văn Quang
"""

Q3 = P("quý III/2024", "2024-07-01", "2024-09-30")
Q3T = P("Trong quý III/2024", "2024-07-01", "2024-09-30")
Q3i = P("quý III/2024", "2024-07-01", "2024-09-30", True)
DN = P("Từ đầu năm đến nay", "2024-01-01", "2024-10-04")
Q4 = P("quý IV", "2024-10-01", "2024-12-31")

ROWS = [
    ("Xuất khẩu", ("1.356", 1356), ("41,25", 41.25), ("215", 215)),
    ("Nhập khẩu", ("1.120", 1120), ("28,70", 28.70), ("19.842", 19842)),
    ("Tạm nhập tái xuất", ("618", 618), ("15,36", 15.36), ("0", 0)),
    ("Quá cảnh", ("388", 388), ("9,84", 9.84), ("0", 0)),
    ("Tổng cộng", ("3.482", 3482), ("95,15", 95.15), ("20.057", 20057)),
]
TABLE = []
for label, (a, av), (b, bv), (c, cv) in ROWS:
    TABLE.append(F(f"{label} | {a} |", a, av, "count", "tờ khai", f"Số tờ khai {label}", Q3i))
    TABLE.append(F(f"{a} | {b} |", b, bv * 1e6, "money", "USD", f"Kim ngạch {label}", Q3i))
    TABLE.append(F(f"{b} | {c}\n", c, cv * 1e6, "money", "đồng", f"Thuế thu {label}", Q3i))

FIGS = [
    F("cho 3.482 tờ khai", "3.482", 3482, "count", "tờ khai", "tờ khai làm thủ tục hải quan", Q3T,
      change={"direction": "increase", "value": 9.6, "unit": "%", "baseline": "quý II/2024"}),
    F("của 57 doanh nghiệp", "57", 57, "count", "doanh nghiệp", "doanh nghiệp làm thủ tục hải quan", Q3T),
] + TABLE + [
    F("đạt 20,06 tỷ đồng", "20,06", 20.06e9, "money", "đồng", "tổng thu ngân sách", Q3),
    F("đạt 61,4 tỷ đồng", "61,4", 61.4e9, "money", "đồng", "thu ngân sách lũy kế",
      P("9 tháng năm 2024", "2024-01-01", "2024-09-30"), percent=76.8, target={"value": 80e9, "unit": "đồng"}),
    F("bắt giữ 14 vụ", "14", 14, "count", "vụ", "vụ vận chuyển trái phép hàng hóa qua biên giới bị bắt giữ", DN),
    F("gồm 2.450 bao", "2.450", 2450, "count", "bao", "thuốc lá điếu nhập lậu thu giữ", DN),
    F("1,2 tấn đường cát", "1,2", 1.2, "measure", "tấn", "đường cát thu giữ", DN),
    F("36 con trâu, bò", "36", 36, "count", "con", "trâu, bò thu giữ", DN),
    F("khoảng 780 triệu đồng", "780", 780e6, "money", "đồng", "trị giá tang vật", DN, approx="about"),
    F("hành chính 9 vụ", "9", 9, "count", "vụ", "vụ xử phạt vi phạm hành chính", Q3),
    F("312,5 triệu đồng", "312,5", 312.5e6, "money", "đồng", "thu nộp ngân sách từ xử phạt", Q3),
    F("tối thiểu 18,6 tỷ đồng", "18,6", 18.6e9, "money", "đồng", "thu ngân sách quý IV", Q4,
      approx="at_least", status="target"),
    F("hoàn thành 100% chỉ tiêu", "100", 100, "percent", "%", "tỷ lệ hoàn thành chỉ tiêu thu",
      P("năm 2024", "2024-01-01", "2024-12-31"), status="target"),
    F("không quá 2 giờ/lô hàng", "2", 2, "measure", "giờ/lô hàng", "thời gian thông quan tại cửa khẩu", Q4,
      approx="at_most", status="target"),
]

COMMENTS = [
    "Formal quarterly report with letterhead (Chi cục Hải quan cửa khẩu Cha Lo, Quảng Bình; 'Số: 215/BC-HQCL'); 'Minh Hóa, ngày 04 tháng 10 năm 2024' is its date.",
    "Flattened '|' table by customs regime with units in the column headers '(triệu USD)', '(triệu đồng)'; every numeric cell is a figure (zeros too), subject = column + row label,",
    "period 'quý III/2024' from the table caption (inherited); no total for table cells. Location: the gate is placed in huyện Minh Hóa by the text, so the default is Minh Hóa.",
    "Distractors: document number, section numbers I./II./1./2./3., 'Bảng 1', dates, 'quý II/2024' baseline, 'Lưu: VT, NV', signer.",
    "'tăng 9,6% về số tờ khai' is the change of 3.482 tờ khai. '(80 tỷ đồng)' after 'chỉ tiêu pháp lệnh' is the target of 61,4 tỷ. 'tang vật gồm' lists things of other units: no totals.",
    "'Từ đầu năm đến nay' runs from 2024-01-01 to the report date. Section II: 'Phấn đấu' governs all three clauses; 'quý IV' takes 2024; 'không quá' = at_most.",
]

write(3, TEXT, COMMENTS, FIGS, published="2024-10-04", location="Minh Hóa")
