from lib import F, P, build

TEXT = """ỦY BAN NHÂN DÂN
TỈNH BẮC GIANG
Số: 215/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bắc Giang, ngày 20 tháng 12 năm 2024

BÁO CÁO
Kết quả quản lý nhóm trẻ, lớp mẫu giáo độc lập tư thục năm 2024

I. TÌNH HÌNH CHUNG
1. Năm 2024, toàn tỉnh có 162 nhóm trẻ, lớp mẫu giáo độc lập tư thục, giảm 7 cơ sở so với năm 2023 do sáp nhập, nâng cấp thành trường mầm non tư thục. Tổng số trẻ đang theo học là 4.298 trẻ (trong đó trẻ nhà trẻ 1.735 trẻ, trẻ mẫu giáo 2.563 trẻ); số giáo viên, người chăm sóc trẻ là 452 người.
2. Số liệu tại một số địa phương trọng điểm:
Huyện, thành phố | Số nhóm trẻ năm 2023 | Số nhóm trẻ năm 2024 | Số trẻ năm 2024 | Người chăm sóc có chứng chỉ năm 2024 (%)
Việt Yên | 69 | 64 | 1.738 | 84,2
Yên Dũng | 43 | 41 | 1.052 | 79,5
TP Bắc Giang | 33 | 35 | 947 | 90,9
Lạng Giang | 14 | 12 | 318 | 81,5

II. KẾT QUẢ THỰC HIỆN
1. Công tác cấp phép: trong năm, UBND các huyện, thành phố đã cấp phép mới cho 18 nhóm trẻ, nâng tổng số nhóm được cấp phép lên 149 nhóm, đạt 92% (kế hoạch 95%).
2. Công tác kiểm tra: tổ chức 46 cuộc kiểm tra, phát hiện và xử lý 13 cơ sở vi phạm, xử phạt 58 triệu đồng; đình chỉ 2 nhóm trẻ. Không để xảy ra vụ việc mất an toàn nghiêm trọng đối với trẻ.
3. Công tác bồi dưỡng: mở 5 lớp bồi dưỡng cho 386 lượt người chăm sóc trẻ; kinh phí khoảng 215 triệu đồng.

III. NHIỆM VỤ NĂM 2025
Phấn đấu 100% nhóm trẻ được cấp phép, 90% người chăm sóc trẻ có chứng chỉ bồi dưỡng.

Nơi nhận:
- Bộ Giáo dục và Đào tạo;
- Lưu: VT, KGVX.
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y24_I = P("Năm 2024", "2024-01-01", "2024-12-31", inherited=True)
Y24_IN = P("trong năm", "2024-01-01", "2024-12-31")
Y25_I = P("NĂM 2025", "2025-01-01", "2025-12-31", inherited=True)

ROWS = [("Việt Yên", "Việt Yên | ", ["69", "64", "1.738", "84,2"]),
        ("Yên Dũng", "Yên Dũng | ", ["43", "41", "1.052", "79,5"]),
        ("Bắc Giang", "TP Bắc Giang | ", ["33", "35", "947", "90,9"]),
        ("Lạng Giang", "Lạng Giang | ", ["14", "12", "318", "81,5"])]
COLS = [("Số nhóm trẻ năm 2023", "count", "nhóm trẻ", Y23),
        ("Số nhóm trẻ năm 2024", "count", "nhóm trẻ", P("năm 2024", "2024-01-01", "2024-12-31")),
        ("Số trẻ năm 2024", "count", "trẻ", P("năm 2024", "2024-01-01", "2024-12-31")),
        ("Người chăm sóc có chứng chỉ năm 2024 (%)", "percent", "%", P("năm 2024", "2024-01-01", "2024-12-31"))]

TABLE = []
for place, lead, cells in ROWS:
    prefix = lead
    for (label, kind, unit, per), cell in zip(COLS, cells):
        anchor = prefix + cell
        v = float(cell.replace(".", "").replace(",", ".")) if kind == "percent" else int(cell.replace(".", ""))
        TABLE.append(F(anchor, cell, v, kind, unit, label.replace(" (%)", ""), period=per, location=place))
        prefix = cell + " | "

FIGS = [
    F("có 162 nhóm", "162", 162, "count", "nhóm trẻ, lớp mẫu giáo", "nhóm trẻ, lớp mẫu giáo độc lập tư thục",
      change={"direction": "decrease", "value": 7, "unit": "cơ sở", "baseline": "năm 2023"}, period=Y24),
    F("là 4.298 trẻ", "4.298", 4298, "count", "trẻ", "tổng số trẻ đang theo học", period=Y24_I),
    F("nhà trẻ 1.735 trẻ", "1.735", 1735, "count", "trẻ", "trẻ nhà trẻ", total=4298, period=Y24_I),
    F("mẫu giáo 2.563 trẻ", "2.563", 2563, "count", "trẻ", "trẻ mẫu giáo", total=4298, period=Y24_I),
    F("là 452 người", "452", 452, "count", "người", "giáo viên, người chăm sóc trẻ", period=Y24_I),
] + TABLE + [
    F("cho 18 nhóm", "18", 18, "count", "nhóm trẻ", "nhóm trẻ được cấp phép mới", period=Y24_IN),
    F("lên 149 nhóm", "149", 149, "count", "nhóm", "tổng số nhóm được cấp phép", percent=92,
      target={"value": 95, "unit": "%", "met": False}, period=Y24_IN),
    F("tổ chức 46 cuộc", "46", 46, "count", "cuộc kiểm tra", "cuộc kiểm tra", period=Y24_I),
    F("xử lý 13 cơ sở", "13", 13, "count", "cơ sở", "cơ sở vi phạm được phát hiện và xử lý", period=Y24_I),
    F("xử phạt 58 triệu", "58", 58000000, "money", "đồng", "tiền xử phạt", period=Y24_I),
    F("đình chỉ 2 nhóm", "2", 2, "count", "nhóm trẻ", "nhóm trẻ bị đình chỉ", period=Y24_I),
    F("mở 5 lớp", "5", 5, "count", "lớp", "lớp bồi dưỡng", period=Y24_I),
    F("cho 386 lượt", "386", 386, "count", "lượt người", "lượt người chăm sóc trẻ được bồi dưỡng", period=Y24_I),
    F("khoảng 215 triệu", "215", 215000000, "money", "đồng", "kinh phí bồi dưỡng", approx="about", period=Y24_I),
    F("Phấn đấu 100%", "100", 100, "percent", "%", "nhóm trẻ được cấp phép", status="target", period=Y25_I),
    F(", 90% người", "90", 90, "percent", "%", "người chăm sóc trẻ có chứng chỉ bồi dưỡng", status="target", period=Y25_I),
]

COMMENTS = [
    "UBND tỉnh Bắc Giang, Báo cáo Số: 215/BC-UBND (formal report with letterhead), place-and-date line 'Bắc Giang, ngày 20 tháng 12 năm 2024'.",
    "Flattened '|' table by district: columns 'Số nhóm trẻ năm 2023 | Số nhóm trẻ năm 2024 | Số trẻ năm 2024 | Người chăm sóc có chứng chỉ năm 2024 (%)'.",
    "Every numeric cell is a figure; the row label (a district or the city TP Bắc Giang) is the location; subject = column label; period from the column header.",
    "No totals for table cells (the rows are only 'một số địa phương trọng điểm'). Distractors: 'Số: 215/BC-UBND', section numbers 'I.', '1.', '2.', '3.',",
    "'NHIỆM VỤ NĂM 2025' heading, 'Lưu: VT, KGVX'. Bracketed breakdown 'trong đó trẻ nhà trẻ …, trẻ mẫu giáo …' sums to 4.298 (total).",
    "'trong năm' in this annual 2024 report = 2024 (cf. 'trong tháng' in a monthly report). '149 nhóm, đạt 92% (kế hoạch 95%)': percent 92, target 95.",
    "Section III targets take 2025 from the heading (inherited), status target ('Phấn đấu').",
]

if __name__ == "__main__":
    build(4, TEXT, COMMENTS, FIGS, published="2024-12-20", location="Bắc Giang")
