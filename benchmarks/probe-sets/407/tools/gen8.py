from lib import F, P, build

TEXT = """ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH ĐỒNG THÁP
Thời sự > Địa phương

Tháp Mười: Lốc xoáy làm sập, tốc mái gần 160 căn nhà trong quý III

(THDT) - Quý III/2024, trên địa bàn huyện Tháp Mười xảy ra 4 trận lốc xoáy, làm sập 11 căn nhà, tốc mái 147 căn, giảm 2 trận so với quý III/2023 nhưng số nhà bị thiệt hại tăng gần 1,5 lần.

Trận lốc xoáy lớn nhất xảy ra vào khoảng 4 giờ sáng ngày 14/9/2024 tại các xã Mỹ Hòa, Mỹ An và Thạnh Lợi, làm 6 căn nhà sập hoàn toàn, 89 căn tốc mái; 1 người bị thương nhẹ do tấm tôn bay trúng. Thiệt hại nặng nhất là xã Mỹ Hòa với 3 căn nhà sập và 41 căn tốc mái, tập trung ở ấp 3 và ấp 5 dọc Quốc lộ 30; xã Mỹ An có 2 căn sập, 30 căn tốc mái; xã Thạnh Lợi 1 căn sập, 18 căn tốc mái.

Ngay sau lốc xoáy, UBND huyện cùng các xã huy động 120 cán bộ, chiến sĩ, đoàn viên giúp dân dựng lại nhà; trao hỗ trợ khẩn cấp 20 triệu đồng cho mỗi hộ có nhà sập và 3 triệu đồng cho mỗi hộ có nhà tốc mái, tổng số tiền 387 triệu đồng.

Tính đến ngày 30/9, đã có 97% số hộ bị thiệt hại sửa chữa xong nhà ở; 100% hộ có nhà sập được hỗ trợ xây lại theo chương trình xóa nhà tạm, nhà dột nát với mức 60 triệu đồng/căn.

Lũy kế 9 tháng năm 2024, toàn huyện xảy ra 9 trận lốc xoáy và 3 vụ sét đánh làm chết 1 người, 4 con bò; tổng thiệt hại khoảng 2,9 tỷ đồng, tăng 18% so với cùng kỳ. Huyện phấn đấu đến cuối năm 2024 lắp đặt thêm 25 cột thu lôi tại các điểm trường, trạm y tế, chợ nông thôn.

Hữu Nghĩa - Trọng Tín
"""

Q3 = P("Quý III/2024", "2024-07-01", "2024-09-30")
D14 = P("ngày 14/9/2024", "2024-09-14", "2024-09-14")
D14I = P("ngày 14/9/2024", "2024-09-14", "2024-09-14", True)
AS = P("Tính đến ngày 30/9", None, "2024-09-30")
M9 = P("Lũy kế 9 tháng năm 2024", "2024-01-01", "2024-09-30")

FIGS = [
    F("gần 160 căn nhà", "160", 160, "count", "căn nhà", "nhà bị sập, tốc mái do lốc xoáy",
      P("quý III", "2024-07-01", "2024-09-30"), approx="nearly"),
    F("xảy ra 4 trận", "4", 4, "count", "trận", "trận lốc xoáy", Q3,
      change=dict(direction="decrease", value=2, unit="trận", approx="exact", baseline="quý III/2023")),
    F("sập 11 căn nhà", "11", 11, "count", "căn nhà", "nhà bị sập", Q3),
    F("tốc mái 147 căn", "147", 147, "count", "căn", "nhà bị tốc mái", Q3),
    F("tăng gần 1,5 lần", "1,5", 1.5, "multiple", "lần", "số nhà bị thiệt hại so với quý III/2023", Q3, approx="nearly"),
    F("làm 6 căn nhà", "6", 6, "count", "căn nhà", "nhà sập hoàn toàn", D14),
    F("89 căn tốc mái", "89", 89, "count", "căn", "nhà tốc mái", D14),
    F("1 người bị thương", "1", 1, "count", "người", "người bị thương nhẹ", D14),
    F("với 3 căn nhà sập", "3", 3, "count", "căn nhà", "nhà sập", D14I),
    F("41 căn tốc mái", "41", 41, "count", "căn", "nhà tốc mái", D14I),
    F("có 2 căn sập", "2", 2, "count", "căn", "nhà sập", D14I),
    F("30 căn tốc mái", "30", 30, "count", "căn", "nhà tốc mái", D14I),
    F("Thạnh Lợi 1 căn sập", "1", 1, "count", "căn", "nhà sập", D14I),
    F("18 căn tốc mái", "18", 18, "count", "căn", "nhà tốc mái", D14I),
    F("huy động 120 cán bộ", "120", 120, "count", "cán bộ, chiến sĩ, đoàn viên", "cán bộ, chiến sĩ, đoàn viên giúp dân dựng lại nhà", D14I),
    F("khẩn cấp 20 triệu đồng", "20", 20e6, "money", "đồng", "hỗ trợ khẩn cấp mỗi hộ có nhà sập", D14I),
    F("và 3 triệu đồng", "3", 3e6, "money", "đồng", "hỗ trợ khẩn cấp mỗi hộ có nhà tốc mái", D14I),
    F("tổng số tiền 387 triệu", "387", 387e6, "money", "đồng", "tổng số tiền hỗ trợ khẩn cấp", D14I),
    F("có 97% số hộ", "97", 97, "percent", "%", "hộ bị thiệt hại sửa chữa xong nhà ở", AS),
    F("100% hộ có nhà sập", "100", 100, "percent", "%", "hộ có nhà sập được hỗ trợ xây lại", AS),
    F("mức 60 triệu đồng/căn", "60", 60e6, "money", "đồng/căn", "mức hỗ trợ xây lại nhà theo chương trình xóa nhà tạm, nhà dột nát"),
    F("xảy ra 9 trận", "9", 9, "count", "trận", "trận lốc xoáy", M9),
    F("3 vụ sét", "3", 3, "count", "vụ", "vụ sét đánh", M9),
    F("chết 1 người", "1", 1, "count", "người", "người chết do sét đánh", M9),
    F("4 con bò", "4", 4, "count", "con bò", "bò chết do sét đánh", M9),
    F("khoảng 2,9 tỷ đồng", "2,9", 2.9e9, "money", "đồng", "tổng thiệt hại", M9, approx="about",
      change=dict(direction="increase", value=18, unit="%", approx="exact", baseline="cùng kỳ")),
    F("thêm 25 cột", "25", 25, "count", "cột thu lôi", "cột thu lôi lắp đặt thêm", P("đến cuối năm 2024", None, "2024-12-31"),
      status="target"),
]

HEADER = """Provincial radio-TV site (Đài PT-TH Đồng Tháp, tag '(THDT)'), no dateline anywhere: no 'published'. District figures (Tháp Mười) by commune.
Headline 'trong quý III' takes the year 2024 of the body. 'giảm 2 trận so với quý III/2023' is the change of 4 trận; 'số nhà bị thiệt hại tăng gần
1,5 lần' has no base amount of its own (the damaged total is not stated): a multiple figure standing as the claim. Event of 14/9/2024 in its first
sentence (scored); the commune sentence after it inherits. Commune figures lie in the district (location Tháp Mười; revised after the first run); no part cue, so no totals.
'20 triệu đồng cho mỗi hộ' unit đồng (per household stated in words). 'Tính đến ngày 30/9' → end 2024-09-30 (year from quý III/2024).
'tăng 18% so với cùng kỳ' is the change of 2,9 tỷ. 'phấn đấu đến cuối năm 2024 … 25 cột' target, end-only period.
Distractors: '4 giờ sáng', 'ấp 3', 'ấp 5', 'Quốc lộ 30', dates, the byline."""

build("p407-8", TEXT, FIGS, HEADER, location="Tháp Mười")
