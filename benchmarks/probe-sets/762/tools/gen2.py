"""p762-2: Hoài Đức district portal — Giải cờ vua, cờ tướng học sinh năm 2024."""
from lib import F, P, YEAR, I, CH, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN HOÀI ĐỨC - THÀNH PHỐ HÀ NỘI

Giáo dục - Đào tạo

Hơn 400 học sinh tranh tài tại Giải cờ vua, cờ tướng huyện Hoài Đức năm 2024

Thứ Sáu, 12/04/2024 - 15:20

Ngày 10/4, tại Trường THCS Thị trấn Trạm Trôi, Phòng Giáo dục và Đào tạo huyện phối hợp với Trung tâm Văn hóa - Thông tin và Thể thao tổ chức Giải cờ vua, cờ tướng học sinh tiểu học và THCS năm 2024.

Giải năm nay thu hút 426 vận động viên, tăng 54 em so với năm 2023, đến từ 41 trường trên địa bàn huyện, gồm 268 vận động viên cờ vua và 158 vận động viên cờ tướng. Các vận động viên thi đấu theo hệ Thụy Sĩ 7 ván ở 12 nhóm tuổi.

Kết quả, Ban tổ chức trao 96 huy chương các loại (24 huy chương vàng, 24 huy chương bạc, 48 huy chương đồng). Trường Tiểu học Kim Chung xếp thứ nhất toàn đoàn với 7 huy chương vàng; Trường THCS Lê Quý Đôn đứng thứ hai, Trường Tiểu học An Khánh A xếp thứ ba.

Tổng kinh phí tổ chức giải gần 85 triệu đồng, trong đó tiền thưởng cho vận động viên đạt giải là 32,4 triệu đồng.

Hiện toàn huyện có 35/47 trường tiểu học, THCS duy trì câu lạc bộ cờ vua với khoảng 2.100 học sinh sinh hoạt thường xuyên. Phòng GD&ĐT huyện đặt mục tiêu đến hết năm 2025 nâng số học sinh tham gia lên 3.000 em.

Tin, ảnh: Thu Hà

Địa chỉ: Thị trấn Trạm Trôi, huyện Hoài Đức, TP Hà Nội. Điện thoại: 024.3366.1254
"""

NAY = YEAR(2024, "năm nay")
SUBJ = "vận động viên tham dự Giải năm nay"
RANK = "xếp hạng toàn đoàn"

FIGS = [
    F("Hơn 400 học sinh", "400", 400, "count", "học sinh",
      "học sinh tranh tài tại Giải cờ vua, cờ tướng huyện", YEAR(2024), approx="over"),
    F("thu hút 426 vận động viên", "426", 426, "count", "vận động viên", SUBJ, NAY,
      change=CH("increase", 54, "em", "năm 2023")),
    F("từ 41 trường", "41", 41, "count", "trường", "trường có vận động viên tham gia giải", NAY),
    F("gồm 268 vận động viên", "268", 268, "count", "vận động viên", "vận động viên cờ vua", NAY,
      total=426),
    F("và 158 vận động viên", "158", 158, "count", "vận động viên", "vận động viên cờ tướng", NAY,
      total=426),
    F("Thụy Sĩ 7 ván", "7", 7, "count", "ván", "số ván thi đấu theo hệ Thụy Sĩ", optional=True),
    F("ở 12 nhóm tuổi", "12", 12, "count", "nhóm tuổi", "nhóm tuổi thi đấu", optional=True),
    F("trao 96 huy chương", "96", 96, "count", "huy chương", "huy chương các loại Ban tổ chức trao",
      I(NAY)),
    F("(24 huy chương vàng", "24", 24, "count", "huy chương vàng", "huy chương vàng", I(NAY), total=96),
    F("24 huy chương bạc", "24", 24, "count", "huy chương bạc", "huy chương bạc", I(NAY), total=96),
    F("48 huy chương đồng", "48", 48, "count", "huy chương đồng", "huy chương đồng", I(NAY), total=96),
    F("xếp thứ nhất toàn đoàn", "nhất", 1, "rank", "hạng", RANK + " của Trường Tiểu học Kim Chung",
      I(NAY)),
    F("với 7 huy chương vàng", "7", 7, "count", "huy chương vàng",
      "huy chương vàng của Trường Tiểu học Kim Chung", I(NAY)),
    F("đứng thứ hai", "hai", 2, "rank", "hạng", RANK + " của Trường THCS Lê Quý Đôn", I(NAY)),
    F("xếp thứ ba", "ba", 3, "rank", "hạng", RANK + " của Trường Tiểu học An Khánh A", I(NAY)),
    F("gần 85 triệu đồng", "85", 85000000, "money", "đồng", "tổng kinh phí tổ chức giải",
      approx="nearly"),
    F("là 32,4 triệu đồng", "32,4", 32400000, "money", "đồng",
      "tiền thưởng cho vận động viên đạt giải", total=85000000),
    F("có 35/47 trường", "35", 35, "count", "trường",
      "trường tiểu học, THCS duy trì câu lạc bộ cờ vua", total=47),
    F("khoảng 2.100 học sinh", "2.100", 2100, "count", "học sinh",
      "học sinh sinh hoạt câu lạc bộ cờ vua thường xuyên", approx="about"),
    F("lên 3.000 em", "3.000", 3000, "count", "em", "số học sinh tham gia",
      P("đến hết năm 2025", None, "2025-12-31"), status="target"),
]

COMMENTS = [
    "Cổng TTĐT huyện Hoài Đức (Hà Nội): Giải cờ vua, cờ tướng học sinh tiểu học và THCS năm 2024.",
    "Dateline 'Thứ Sáu, 12/04/2024 - 15:20'. Distractors: 'Ngày 10/4', 'Trường THCS Thị trấn Trạm Trôi', phone, 'Trường Tiểu học An Khánh A'.",
    "'gồm 268 … và 158 …' follows '41 trường' but counts vận động viên, so its whole is the 426 athletes (268 + 158 = 426).",
    "'năm nay' = 2024 (dateline). '7 ván', '12 nhóm tuổi' describe the format: optional. 'thứ nhất/hai/ba' are ranks; 'nhất' = 1.",
    "The medal breakdown in brackets adds up to 96 (24 + 24 + 48). Location is the district throughout (schools are not places).",
    "revised after first scoring: 426 subject 'vận động viên tham dự Giải năm nay' (was the full tournament name from the previous sentence); 3.000 subject 'số học sinh tham gia' (dropped 'câu lạc bộ cờ vua' imported from the previous sentence).",
]

if __name__ == "__main__":
    emit("p762-2", TEXT, COMMENTS, FIGS, published="2024-04-12", location="Hoài Đức")
