from lib import F, P, write

TEXT = """ỦY BAN NHÂN DÂN
HUYỆN ĐỒNG PHÚ
Số: 412/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Đồng Phú, ngày 04 tháng 10 năm 2024

BÁO CÁO
Kết quả số hóa hồ sơ, kết quả giải quyết thủ tục hành chính cấp xã quý III/2024

Thực hiện Công văn số 2871/UBND-NC ngày 12/9/2024 của UBND tỉnh Bình Phước, UBND huyện báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Tiếp nhận và số hóa hồ sơ
Trong quý III/2024, Bộ phận một cửa của 11 xã, thị trấn tiếp nhận 6.842 hồ sơ, trong đó 6.519 hồ sơ được số hóa khi tiếp nhận (đạt 95,28%); số kết quả giải quyết được số hóa là 6.204 kết quả, tăng 12,6% so với quý II/2024.

Bảng 1. Kết quả số hóa tại một số đơn vị (Đơn vị tính: hồ sơ)
Đơn vị | Tiếp nhận | Đã số hóa | Tỷ lệ (%)
Thị trấn Tân Phú | 1.215 | 1.198 | 98,60
Xã Tân Tiến | 864 | 851 | 98,50
Xã Tân Lập | 742 | 690 | 92,99
Xã Đồng Tâm | 528 | 466 | 88,26

2. Kết quả giải quyết
Tỷ lệ giải quyết hồ sơ đúng hạn của cấp xã đạt 99,6%; có 24 hồ sơ trễ hạn (lĩnh vực đất đai 17 hồ sơ, hộ tịch 7 hồ sơ). Tỷ lệ tái sử dụng dữ liệu đã số hóa mới đạt 31,4%, thấp hơn 18,6% so với chỉ tiêu.

II. NHIỆM VỤ QUÝ IV/2024
Phấn đấu 100% hồ sơ được số hóa khi tiếp nhận; tỷ lệ tái sử dụng dữ liệu số hóa đạt tối thiểu 50%; mỗi xã bố trí ít nhất 02 máy quét tài liệu.

Nơi nhận:
- UBND tỉnh (b/c);
- Sở Nội vụ;
- Lưu: VT, VP.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

Q3 = P("quý III/2024", "2024-07-01", "2024-09-30")
Q3i = P("quý III/2024", "2024-07-01", "2024-09-30", inh=True)
Q4 = P("QUÝ IV/2024", "2024-10-01", "2024-12-31", inh=True)
LOC = "Đồng Phú"

def cells(row, anchors):
    out = []
    for col, (anchor, number, value) in zip(["Tiếp nhận", "Đã số hóa", "Tỷ lệ"], anchors):
        kind, unit = ("percent", "%") if col == "Tỷ lệ" else ("count", "hồ sơ")
        out.append(F(anchor, number, value, kind, unit, f"{col} {row}", period=Q3i))
    return out

FIGS = [
    F("của 11 xã, thị trấn", "11", 11, "count", "xã, thị trấn", "xã, thị trấn tiếp nhận hồ sơ", period=Q3),
    F("tiếp nhận 6.842 hồ sơ", "6.842", 6842, "count", "hồ sơ", "hồ sơ tiếp nhận", period=Q3),
    F("đó 6.519 hồ sơ", "6.519", 6519, "count", "hồ sơ", "hồ sơ được số hóa khi tiếp nhận", total=6842, percent=95.28, period=Q3),
    F("là 6.204 kết quả", "6.204", 6204, "count", "kết quả", "kết quả giải quyết được số hóa",
      change={"direction": "increase", "value": 12.6, "unit": "%", "baseline": "quý II/2024"}, period=Q3),
]
FIGS += cells("Thị trấn Tân Phú", [("Tân Phú | 1.215", "1.215", 1215), ("1.215 | 1.198", "1.198", 1198), ("98,60", "98,60", 98.6)])
FIGS += cells("Xã Tân Tiến", [("Tân Tiến | 864", "864", 864), ("851", "851", 851), ("98,50", "98,50", 98.5)])
FIGS += cells("Xã Tân Lập", [("742", "742", 742), ("690", "690", 690), ("92,99", "92,99", 92.99)])
FIGS += cells("Xã Đồng Tâm", [("528", "528", 528), ("466", "466", 466), ("88,26", "88,26", 88.26)])
FIGS += [
    F("cấp xã đạt 99,6%", "99,6", 99.6, "percent", "%", "tỷ lệ giải quyết hồ sơ đúng hạn của cấp xã", period=Q3i),
    F("có 24 hồ sơ", "24", 24, "count", "hồ sơ", "hồ sơ trễ hạn", period=Q3i),
    F("đất đai 17 hồ sơ", "17", 17, "count", "hồ sơ", "hồ sơ trễ hạn lĩnh vực đất đai", total=24, period=Q3i),
    F("hộ tịch 7 hồ sơ", "7", 7, "count", "hồ sơ", "hồ sơ trễ hạn lĩnh vực hộ tịch", total=24, period=Q3i),
    F("mới đạt 31,4%", "31,4", 31.4, "percent", "%", "tỷ lệ tái sử dụng dữ liệu đã số hóa",
      change={"direction": "decrease", "value": 18.6, "unit": "%", "baseline": "chỉ tiêu"}, period=Q3i),
    F("Phấn đấu 100% hồ sơ", "100", 100, "percent", "%", "hồ sơ được số hóa khi tiếp nhận", status="target", period=Q4),
    F("tối thiểu 50%", "50", 50, "percent", "%", "tỷ lệ tái sử dụng dữ liệu số hóa", approx="at_least", status="target", period=Q4),
    F("ít nhất 02 máy", "02", 2, "count", "máy quét tài liệu", "máy quét tài liệu mỗi xã bố trí", approx="at_least", status="target", period=Q4),
]

HEADER = """revised after the first run: the count of communes/wards now has the subject the sentence gives it (units that received dossiers), as shared h12 does for "91 xã, phường, thị trấn … đã tiếp nhận".
Formal report with letterhead (UBND huyện Đồng Phú, Bình Phước, 'Số: 412/BC-UBND', place-and-date line 'Đồng Phú, ngày 04 tháng 10 năm 2024' = published).
Digitisation of commune-level dossiers and results, Q3/2024. Flattened '|' table 'Đơn vị | Tiếp nhận | Đã số hóa | Tỷ lệ (%)' with '(Đơn vị tính: hồ sơ)'.
Table cells: every numeric cell is a figure; subject = column label + row label (communes are below district level, so they stay in the subject and
location is the district Đồng Phú); count columns take 'hồ sơ' from the Đơn vị tính line, the '(%)' column is percent. Period quý III/2024 from the text above (inherited).
'(lĩnh vực đất đai 17 hồ sơ, hộ tịch 7 hồ sơ)' is a bracketed breakdown adding up to 24 → total 24. 'thấp hơn 18,6% so với chỉ tiêu' → change with baseline chỉ tiêu.
Section II under heading 'NHIỆM VỤ QUÝ IV/2024' with 'Phấn đấu': three targets, period from the heading (inherited).
Distractors: Số: 412/BC-UBND, Công văn số 2871/UBND-NC ngày 12/9/2024, 'Bảng 1', section numbers I., II., 1., 2., 'Lưu: VT, VP', 'KT. CHỦ TỊCH'."""

write(4, TEXT, HEADER, FIGS, published="2024-10-04", location=LOC)
