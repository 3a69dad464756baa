"""p1207-3: formal report (UBND tỉnh Quảng Trị) on school counselling in 2024, flattened | table by school level."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH QUẢNG TRỊ
Số: 185/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Trị, ngày 09 tháng 01 năm 2025

BÁO CÁO
Kết quả công tác tư vấn tâm lý, công tác xã hội trong trường học năm 2024

I. TÌNH HÌNH CHUNG
Năm 2024, toàn tỉnh có 421 cơ sở giáo dục phổ thông với 118.640 học sinh. Trong đó, 402 trường đã kiện toàn tổ tư vấn tâm lý (đạt 95,5%), tăng 6 trường so với năm 2023; 164 trường có phòng tư vấn riêng.

II. KẾT QUẢ THỰC HIỆN
1. Hoạt động tư vấn
Các trường đã tư vấn cho 27.315 lượt học sinh, bằng 23% tổng số học sinh, tăng 12,4% so với năm 2023. Kết quả theo cấp học:
Đơn vị tính: lượt học sinh
Cấp học | Tư vấn trực tiếp | Tư vấn trực tuyến | Cộng
Tiểu học | 6.120 | 1.045 | 7.165
Trung học cơ sở | 8.930 | 2.470 | 11.400
Trung học phổ thông | 6.285 | 2.465 | 8.750
Tổng cộng | 21.335 | 5.980 | 27.315

2. Đào tạo, bồi dưỡng
Sở Giáo dục và Đào tạo mở 6 lớp bồi dưỡng cho 540 giáo viên kiêm nhiệm, kinh phí 312 triệu đồng. Số giáo viên có chứng chỉ tư vấn tâm lý đạt 1.126 người, chiếm 12,8% tổng số giáo viên phổ thông.

3. Tồn tại, hạn chế
Toàn tỉnh ghi nhận 17 vụ bạo lực học đường (giảm 5 vụ so với năm 2023) và 2 trường hợp học sinh tự gây thương tích.

III. NHIỆM VỤ NĂM 2025
Phấn đấu 100% trường có tổ tư vấn; tư vấn cho ít nhất 30.000 lượt học sinh; bồi dưỡng khoảng 600 giáo viên.

Nơi nhận:
- Bộ GD&ĐT (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, VX.
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y24T = per("năm 2024 (tiêu đề báo cáo)", "2024-01-01", "2024-12-31", inherited=True)
Y25 = per("NHIỆM VỤ NĂM 2025", "2025-01-01", "2025-12-31", inherited=True)
UNIT = "lượt học sinh"


def cell(anchor, number, value, row, col):
    return fig(anchor, number, value, "count", UNIT, subject=f"{col} {row}", period=Y24T)


FIGS = [
    fig("có 421 cơ sở", "421", 421, "count", "cơ sở giáo dục phổ thông",
        subject="cơ sở giáo dục phổ thông", period=Y24),
    fig("với 118.640 học sinh", "118.640", 118640, "count", "học sinh",
        subject="học sinh phổ thông", period=Y24),
    fig("402 trường", "402", 402, "count", "trường", total=421, percent=95.5,
        change=chg("increase", 6, "trường", "năm 2023"),
        subject="trường đã kiện toàn tổ tư vấn tâm lý", period=inh(Y24)),
    fig("164 trường", "164", 164, "count", "trường", total=421,
        subject="trường có phòng tư vấn riêng", period=inh(Y24)),
    fig("cho 27.315 lượt", "27.315", 27315, "count", UNIT, percent=23,
        change=chg("increase", 12.4, "%", "năm 2023"),
        subject="lượt học sinh được tư vấn", period=Y24T),
    cell("Tiểu học | 6.120", "6.120", 6120, "tiểu học", "tư vấn trực tiếp"),
    cell("6.120 | 1.045", "1.045", 1045, "tiểu học", "tư vấn trực tuyến"),
    cell("1.045 | 7.165", "7.165", 7165, "tiểu học", "cộng"),
    cell("cơ sở | 8.930", "8.930", 8930, "trung học cơ sở", "tư vấn trực tiếp"),
    cell("8.930 | 2.470", "2.470", 2470, "trung học cơ sở", "tư vấn trực tuyến"),
    cell("2.470 | 11.400", "11.400", 11400, "trung học cơ sở", "cộng"),
    cell("thông | 6.285", "6.285", 6285, "trung học phổ thông", "tư vấn trực tiếp"),
    cell("6.285 | 2.465", "2.465", 2465, "trung học phổ thông", "tư vấn trực tuyến"),
    cell("2.465 | 8.750", "8.750", 8750, "trung học phổ thông", "cộng"),
    cell("Tổng cộng | 21.335", "21.335", 21335, "tổng cộng", "tư vấn trực tiếp"),
    cell("21.335 | 5.980", "5.980", 5980, "tổng cộng", "tư vấn trực tuyến"),
    cell("5.980 | 27.315", "27.315", 27315, "tổng cộng", "cộng"),
    fig("mở 6 lớp", "6", 6, "count", "lớp", subject="lớp bồi dưỡng giáo viên kiêm nhiệm", period=Y24T),
    fig("cho 540 giáo viên", "540", 540, "count", "giáo viên",
        subject="giáo viên kiêm nhiệm được bồi dưỡng", period=Y24T),
    fig("kinh phí 312 triệu", "312", 312000000, "money", "đồng",
        subject="kinh phí bồi dưỡng giáo viên kiêm nhiệm", period=Y24T),
    fig("đạt 1.126 người", "1.126", 1126, "count", "người", percent=12.8,
        subject="giáo viên có chứng chỉ tư vấn tâm lý", period=Y24T),
    fig("nhận 17 vụ", "17", 17, "count", "vụ", change=chg("decrease", 5, "vụ", "năm 2023"),
        subject="vụ bạo lực học đường", period=Y24T),
    fig("và 2 trường hợp", "2", 2, "count", "trường hợp",
        subject="trường hợp học sinh tự gây thương tích", period=Y24T),
    fig("Phấn đấu 100%", "100", 100, "percent", "%", status="target",
        subject="tỷ lệ trường có tổ tư vấn", period=Y25),
    fig("ít nhất 30.000 lượt", "30.000", 30000, "count", UNIT, approx="at_least", status="target",
        subject="lượt học sinh được tư vấn", period=Y25),
    fig("khoảng 600 giáo viên", "600", 600, "count", "giáo viên", approx="about", status="target",
        subject="giáo viên được bồi dưỡng", period=Y25),
]

NOTES = [
    "Formal report under a letterhead: 'UBND TỈNH QUẢNG TRỊ', 'Số: 185/BC-UBND', 'Quảng Trị, ngày 09 tháng 01 năm 2025' (published).",
    "Flattened '|' table, 'Đơn vị tính: lượt học sinh', header row and 'Tổng cộng' row; rows are school levels (not places):",
    "subject = column label + row label; period 'năm 2024' from the report title (inherited). Table cells get no totals.",
    "'Trong đó, 402 trường ... ; 164 trường ...': both parts take the whole before the cue (421 cơ sở), not each other.",
    "'27.315 lượt học sinh, bằng 23% tổng số học sinh, tăng 12,4%': percent 23, change 12.4 (section II inherits 2024 from the title).",
    "Section III 'Phấn đấu' governs the three ';'-joined clauses (target); period from the heading (inherited).",
    "Distractors: 'Số: 185/BC-UBND', section numbers I.-III., 1.-3., 'Nơi nhận', date line.",
]

if __name__ == "__main__":
    write("p1207-3", TEXT, NOTES, FIGS, published="2025-01-09", location="Quảng Trị")
