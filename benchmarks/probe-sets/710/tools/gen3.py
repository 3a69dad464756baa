"""p710-3: Vĩnh Phúc formal report (letterhead, Số: .../BC-UBND) with a `|`-flattened table."""
from lib import F, P, I, SY, CH, TG, emit

TEXT = """UBND TỈNH VĨNH PHÚC
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 186/BC-UBND
Vĩnh Phúc, ngày 18 tháng 7 năm 2024

BÁO CÁO
Kết quả phát triển giáo dục ngoài công lập 6 tháng đầu năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Quy mô, mạng lưới
Tính đến ngày 30/6/2024, toàn tỉnh có 77 trường ngoài công lập và 312 nhóm, lớp mầm non độc lập, tăng 5 trường so với cùng kỳ năm 2023. Tổng số học sinh ngoài công lập là 25.760 em, chiếm 8,9% tổng số học sinh toàn tỉnh (chỉ tiêu năm 2024 là 10%); sĩ số bình quân 31,5 học sinh/lớp.

Bảng 1. Quy mô giáo dục ngoài công lập theo cấp học
Cấp học | Số trường (trường) | Số học sinh (em) | Tỷ lệ so với toàn tỉnh (%)
Mầm non | 58 | 14.320 | 22,4
Tiểu học | 6 | 3.150 | 2,3
Trung học cơ sở | 4 | 1.870 | 1,8
Trung học phổ thông | 9 | 6.420 | 11,5
Tổng cộng | 77 | 25.760 | 8,9

2. Đội ngũ và nguồn lực
Các trường ngoài công lập có 2.135 cán bộ quản lý, giáo viên, nhân viên, trong đó 1.642 giáo viên; 96,5% giáo viên đạt chuẩn trình độ đào tạo. Trong 6 tháng đầu năm, các nhà đầu tư đã giải ngân 415,6 tỷ đồng, xây dựng mới 3 trường; ngân sách tỉnh hỗ trợ 12,4 tỷ đồng cho trẻ em, giáo viên ở khu công nghiệp.

II. NHIỆM VỤ 6 THÁNG CUỐI NĂM
Dự kiến trong năm học 2024-2025 đưa vào hoạt động thêm 4 trường mầm non tư thục tại Bình Xuyên và Phúc Yên, nâng tỷ lệ học sinh ngoài công lập lên 9,6%.

Nơi nhận:
- Bộ GD&ĐT;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, VX3.
"""

COMMENTS = [
    "Formal report of UBND tỉnh Vĩnh Phúc, `Số: 186/BC-UBND`, place-and-date line `Vĩnh Phúc, ngày 18 tháng 7 năm 2024` (published).",
    "Not figures: the document number, section numbers I./II./1./2., `Bảng 1`, `VX3`, the dates.",
    "`tăng 5 trường` is the change of 77 trường across the clause `và 312 nhóm, lớp ...` (unit trường).",
    "25.760 em: `chiếm 8,9%` is its percent, `(chỉ tiêu năm 2024 là 10%)` its target (met false), as in shared h09.",
    "Table: every numeric cell is a figure, subject = row + column label; no Kế hoạch/Ước column, so actual; the `Tổng cộng` row",
    "is a figure of its own and gives no total to the rows (no text cue). Cell periods inherit the as-of date of the paragraph above (unscored).",
    "`trong đó 1.642 giáo viên` is part of 2.135. `Dự kiến` governs both 4 trường and 9,6% (forecast); `năm học 2024-2025` read as 2024-01-01 .. 2025-12-31.",
]

ASOF = P("Tính đến ngày 30/6/2024", None, "2024-06-30")
H1 = P("Trong 6 tháng đầu năm", "2024-01-01", "2024-06-30")
SY24 = SY(2024)
TI = I(ASOF)


def cell(anchor, number, value, kind, unit, subject):
    return F(anchor, number, value, kind, unit, subject=subject, period=TI)


FIGS = [
    F("có 77 trường", "77", 77, "count", "trường",
      change=CH("increase", 5, "trường", "cùng kỳ năm 2023"),
      subject="trường ngoài công lập", period=ASOF),
    F("và 312 nhóm", "312", 312, "count", "nhóm, lớp",
      subject="nhóm, lớp mầm non độc lập", period=ASOF),
    F("là 25.760 em", "25.760", 25760, "count", "em", percent=8.9, target=TG(10, "%", False),
      subject="tổng số học sinh ngoài công lập", period=TI),
    F("31,5 học sinh/lớp", "31,5", 31.5, "measure", "học sinh/lớp",
      subject="sĩ số bình quân", period=TI),
    cell("Mầm non | 58", "58", 58, "count", "trường", "số trường mầm non"),
    cell("58 | 14.320", "14.320", 14320, "count", "em", "số học sinh mầm non"),
    cell("14.320 | 22,4", "22,4", 22.4, "percent", "%", "tỷ lệ học sinh mầm non so với toàn tỉnh"),
    cell("Tiểu học | 6", "6", 6, "count", "trường", "số trường tiểu học"),
    cell("6 | 3.150", "3.150", 3150, "count", "em", "số học sinh tiểu học"),
    cell("3.150 | 2,3", "2,3", 2.3, "percent", "%", "tỷ lệ học sinh tiểu học so với toàn tỉnh"),
    cell("Trung học cơ sở | 4", "4", 4, "count", "trường", "số trường trung học cơ sở"),
    cell("4 | 1.870", "1.870", 1870, "count", "em", "số học sinh trung học cơ sở"),
    cell("1.870 | 1,8", "1,8", 1.8, "percent", "%", "tỷ lệ học sinh trung học cơ sở so với toàn tỉnh"),
    cell("Trung học phổ thông | 9", "9", 9, "count", "trường", "số trường trung học phổ thông"),
    cell("9 | 6.420", "6.420", 6420, "count", "em", "số học sinh trung học phổ thông"),
    cell("6.420 | 11,5", "11,5", 11.5, "percent", "%", "tỷ lệ học sinh trung học phổ thông so với toàn tỉnh"),
    cell("Tổng cộng | 77", "77", 77, "count", "trường", "tổng cộng số trường"),
    cell("77 | 25.760", "25.760", 25760, "count", "em", "tổng cộng số học sinh"),
    cell("25.760 | 8,9", "8,9", 8.9, "percent", "%", "tổng cộng tỷ lệ học sinh so với toàn tỉnh"),
    F("có 2.135 cán bộ", "2.135", 2135, "count", "cán bộ quản lý, giáo viên, nhân viên",
      subject="cán bộ quản lý, giáo viên, nhân viên các trường ngoài công lập", period=TI),
    F("trong đó 1.642 giáo viên", "1.642", 1642, "count", "giáo viên", total=2135,
      subject="giáo viên các trường ngoài công lập", period=TI),
    F("96,5% giáo viên", "96,5", 96.5, "percent", "%",
      subject="giáo viên đạt chuẩn trình độ đào tạo", period=TI),
    F("giải ngân 415,6 tỷ đồng", "415,6", 415.6e9, "money", "đồng",
      subject="vốn các nhà đầu tư giải ngân", period=H1),
    F("mới 3 trường", "3", 3, "count", "trường", subject="trường xây dựng mới", period=H1),
    F("hỗ trợ 12,4 tỷ đồng", "12,4", 12.4e9, "money", "đồng",
      subject="ngân sách tỉnh hỗ trợ trẻ em, giáo viên ở khu công nghiệp", period=H1),
    F("thêm 4 trường", "4", 4, "count", "trường", status="forecast",
      subject="trường mầm non tư thục đưa vào hoạt động thêm", period=SY24),
    F("lên 9,6%", "9,6", 9.6, "percent", "%", status="forecast",
      subject="tỷ lệ học sinh ngoài công lập", period=SY24),
]

if __name__ == "__main__":
    emit("p710-3", TEXT, COMMENTS, FIGS, published="2024-07-18", location="Vĩnh Phúc")
