from lib import F, P, CH, TG, emit

TEXT = """ỦY BAN NHÂN DÂN
HUYỆN HẢI HẬU
Số: 287/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hải Hậu, ngày 08 tháng 7 năm 2024

BÁO CÁO
Kết quả thanh toán không dùng tiền mặt trong giáo dục, y tế và dịch vụ công 6 tháng đầu năm 2024

Thực hiện Kế hoạch số 56/KH-UBND ngày 12/3/2024 của UBND tỉnh Nam Định, UBND huyện báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Lĩnh vực giáo dục
Toàn huyện có 110 trường công lập, trong đó 108 trường đã thu học phí và các khoản thu khác qua ngân hàng (đạt 98,2%).

Bảng 1. Kết quả thu không dùng tiền mặt theo cấp học
Đơn vị tính: triệu đồng
Cấp học | Số trường | Tổng số thu | Thu qua ngân hàng | Tỷ lệ (%)
Mầm non | 37 | 9.842 | 9.215 | 93,6
Tiểu học | 38 | 6.517 | 6.517 | 100
Trung học cơ sở | 35 | 8.120 | 7.904 | 97,3
Cộng | 110 | 24.479 | 23.636 | 96,6

2. Lĩnh vực y tế
Trung tâm Y tế huyện và 35/35 trạm y tế xã, thị trấn đã thu viện phí bằng mã QR. Trong 6 tháng đầu năm, Trung tâm Y tế huyện thu qua tài khoản 4.812 triệu đồng, chiếm 41,2% tổng thu viện phí; có 12.650 lượt người bệnh thanh toán không dùng tiền mặt.

3. Dịch vụ công trực tuyến
Bộ phận Một cửa huyện tiếp nhận 3.264 hồ sơ trực tuyến có nghĩa vụ tài chính, trong đó 2.907 hồ sơ được thanh toán phí, lệ phí qua Cổng Dịch vụ công quốc gia (đạt 89,1%), với tổng số tiền 1,36 tỷ đồng.

II. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2024
Phấn đấu 100% cơ sở giáo dục, y tế công lập thu phí không dùng tiền mặt; tỷ lệ hồ sơ thanh toán trực tuyến đạt từ 92% trở lên.

Nơi nhận:
- UBND tỉnh (b/c);
- NHNN chi nhánh tỉnh Nam Định;
- Lưu: VT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Vũ Văn Thành
"""

H1_I = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inh=True)
H1 = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
H2_I = P("6 THÁNG CUỐI NĂM 2024", "2024-07-01", "2024-12-31", inh=True)

FIGS = [
    F("có 110 trường", "110", 110, "count", "trường", "trường công lập", H1_I),
    F("trong đó 108 trường", "108", 108, "count", "trường",
      "trường thu học phí và các khoản thu khác qua ngân hàng", H1_I, total=110, percent=98.2),
]

ROWS = [
    ("Mầm non", "37", "9.842", "9.215", "93,6"),
    ("Tiểu học", "38", "6.517", "6.517", "100"),
    ("Trung học cơ sở", "35", "8.120", "7.904", "97,3"),
    ("Cộng", "110", "24.479", "23.636", "96,6"),
]
for label, n, tot, bank, rate in ROWS:
    FIGS.append(F(f"{label} | {n} |", n, int(n), "count", "trường", f"Số trường {label}", H1_I))
    FIGS.append(F(f"{n} | {tot} |", tot, int(tot.replace(".", "")) * 1e6, "money", "đồng",
                  f"Tổng số thu {label}", H1_I))
    FIGS.append(F(f"| {bank} | {rate}\n", bank, int(bank.replace(".", "")) * 1e6, "money", "đồng",
                  f"Thu qua ngân hàng {label}", H1_I))
    FIGS.append(F(f"{bank} | {rate}\n", rate, float(rate.replace(",", ".")), "percent", "%",
                  f"Tỷ lệ {label}", H1_I))

FIGS += [
    F("35/35 trạm y tế", "35", 35, "count", "trạm y tế",
      "trạm y tế xã, thị trấn thu viện phí bằng mã QR", H1_I, total=35),
    F("4.812 triệu đồng", "4.812", 4812e6, "money", "đồng",
      "viện phí Trung tâm Y tế huyện thu qua tài khoản", H1, percent=41.2),
    F("12.650 lượt", "12.650", 12650, "count", "lượt người bệnh",
      "lượt người bệnh thanh toán không dùng tiền mặt", H1),
    F("tiếp nhận 3.264 hồ sơ", "3.264", 3264, "count", "hồ sơ",
      "hồ sơ trực tuyến có nghĩa vụ tài chính", H1_I),
    F("trong đó 2.907 hồ sơ", "2.907", 2907, "count", "hồ sơ",
      "hồ sơ được thanh toán phí, lệ phí qua Cổng Dịch vụ công quốc gia", H1_I,
      total=3264, percent=89.1),
    F("1,36 tỷ đồng", "1,36", 1.36e9, "money", "đồng",
      "tổng số tiền phí, lệ phí thanh toán qua Cổng Dịch vụ công quốc gia", H1_I),
    F("Phấn đấu 100%", "100", 100, "percent", "%",
      "cơ sở giáo dục, y tế công lập thu phí không dùng tiền mặt", H2_I, status="target"),
    F("từ 92% trở lên", "92", 92, "percent", "%", "tỷ lệ hồ sơ thanh toán trực tuyến", H2_I,
      approx="at_least", status="target"),
]

COMMENTS = [
    "Formal report with letterhead (UBND huyện Hải Hậu, Nam Định, 'Số: 287/BC-UBND'); the place-and-date line 'Hải Hậu, ngày 08 tháng 7 năm 2024' is its date.",
    "Flattened '|' table with 'Đơn vị tính: triệu đồng': money columns ×10^6 đồng; 'Số trường' column counts trường (its header overrides the unit line), '(%)' column percent.",
    "Every numeric cell is a figure (the 'Cộng' row too); subject = column label + row label; period from the title '6 tháng đầu năm 2024' (inherited). No totals on table cells.",
    "Distractors: document numbers 287/BC-UBND, 56/KH-UBND, dates, section numbers I./II./1./2./3., 'Bảng 1', 'Lưu: VT', signer, 'tỉnh Nam Định' in the sender list.",
    "'trong đó 108 trường … (đạt 98,2%)': total 110, percent 98.2; '2.907 hồ sơ … (đạt 89,1%)': total 3264, percent 89.1. '1,36 tỷ đồng' is a money figure of its own.",
    "Anchors of the 'Thu qua ngân hàng' cells end with the rate cell ('| 6.517 | 100\\n'), so that the Tiểu học row's two equal cells 6.517 stay distinct.",
    "'Trong 6 tháng đầu năm' (no year) takes 2024 from the title. Section II heading '6 THÁNG CUỐI NĂM 2024' dates the targets (inherited); 'Phấn đấu' -> status target.",
]

emit("p398-3", TEXT, COMMENTS, FIGS, published="2024-07-08", location="Hải Hậu")
