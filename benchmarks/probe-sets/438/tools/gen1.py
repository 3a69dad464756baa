from lib import *

TEXT = """Hà Giang: Số học sinh bỏ học giảm mạnh trong năm học 2023-2024
Cập nhật: 05/06/2024 09:12 | Lượt xem: 2.317

Ngày 4/6, Sở Giáo dục và Đào tạo tỉnh Hà Giang tổ chức hội nghị tổng kết năm học 2023-2024. Năm học 2023-2024, toàn tỉnh có 618 trường học với trên 226.000 học sinh, trong đó có 205 trường phổ thông dân tộc bán trú và nội trú.

Theo báo cáo, tỷ lệ huy động trẻ mẫu giáo ra lớp đạt 96,7%; tỷ lệ học sinh hoàn thành chương trình tiểu học đạt 99,2%. Đáng chú ý, năm học 2023-2024 toàn tỉnh có 412 học sinh bỏ học, chiếm 0,18% tổng số học sinh, giảm 237 học sinh so với năm học trước. Trong đó, cấp trung học cơ sở có 298 học sinh, cấp trung học phổ thông 96 học sinh và cấp tiểu học 18 học sinh.

Các huyện có số học sinh bỏ học cao là Mèo Vạc (87 học sinh), Đồng Văn (74 học sinh) và Hoàng Su Phì (52 học sinh). Nguyên nhân chủ yếu là học sinh nghỉ học để kết hôn sớm hoặc đi làm thuê; khoảng 60% số em bỏ học thuộc hộ nghèo, cận nghèo.

Về phổ cập giáo dục, tính đến 31/12/2023, 193/193 xã, phường, thị trấn đạt chuẩn phổ cập giáo dục tiểu học mức độ 2 trở lên; 11/11 huyện, thành phố duy trì chuẩn phổ cập giáo dục trung học cơ sở mức độ 1. Tỷ lệ người từ 15 đến 60 tuổi biết chữ mức độ 2 đạt 88,4%.

Phát biểu chỉ đạo, Phó Chủ tịch UBND tỉnh đề nghị ngành giáo dục thực hiện nghiêm Chỉ thị số 07/CT-UBND về tăng cường huy động học sinh ra lớp. Năm học 2024-2025, ngành phấn đấu giảm tỷ lệ học sinh bỏ học xuống dưới 0,15%, huy động trên 97% trẻ mẫu giáo ra lớp.

Mọi ý kiến xin gửi về Sở Giáo dục và Đào tạo, số 8 đường Nguyễn Trãi, thành phố Hà Giang; điện thoại 0219.3866.234.
"""

Y = P("năm học 2023-2024", "2023-09-01", "2024-05-31")
YI = P("năm học 2023-2024", "2023-09-01", "2024-05-31", inh=True)
Y25 = P("Năm học 2024-2025", "2024-09-01", "2025-05-31")
D = P("tính đến 31/12/2023", None, "2023-12-31")

FIGS = [
    F("có 618 trường học", "618", 618, "count", "trường học", "trường học", Y),
    F("trên 226.000 học sinh", "226.000", 226000, "count", "học sinh", "học sinh", Y, approx="over"),
    F("có 205 trường", "205", 205, "count", "trường", "trường phổ thông dân tộc bán trú và nội trú", Y, total=618),
    F("ra lớp đạt 96,7%", "96,7", 96.7, "percent", "%", "tỷ lệ huy động trẻ mẫu giáo ra lớp", YI),
    F("tiểu học đạt 99,2%", "99,2", 99.2, "percent", "%", "tỷ lệ học sinh hoàn thành chương trình tiểu học", YI),
    F("có 412 học sinh bỏ học", "412", 412, "count", "học sinh", "học sinh bỏ học", Y, percent=0.18,
      change=C("decrease", 237, "học sinh", "năm học trước")),
    F("có 298 học sinh", "298", 298, "count", "học sinh", "học sinh bỏ học cấp trung học cơ sở", YI, total=412),
    F("phổ thông 96 học sinh", "96", 96, "count", "học sinh", "học sinh bỏ học cấp trung học phổ thông", YI, total=412),
    F("tiểu học 18 học sinh", "18", 18, "count", "học sinh", "học sinh bỏ học cấp tiểu học", YI, total=412),
    F("Mèo Vạc (87 học sinh)", "87", 87, "count", "học sinh", "học sinh bỏ học", YI, location="Mèo Vạc"),
    F("Đồng Văn (74 học sinh)", "74", 74, "count", "học sinh", "học sinh bỏ học", YI, location="Đồng Văn"),
    F("Hoàng Su Phì (52 học sinh)", "52", 52, "count", "học sinh", "học sinh bỏ học", YI, location="Hoàng Su Phì"),
    F("khoảng 60% số em", "60", 60, "percent", "%", "học sinh bỏ học thuộc hộ nghèo, cận nghèo", YI, approx="about"),
    F("193/193 xã", "193", 193, "count", "xã, phường, thị trấn", "xã, phường, thị trấn đạt chuẩn phổ cập giáo dục tiểu học", D, total=193),
    F("11/11 huyện", "11", 11, "count", "huyện, thành phố", "huyện, thành phố duy trì chuẩn phổ cập giáo dục trung học cơ sở", D, total=11),
    F("từ 15 đến 60 tuổi", "15", 15, "measure", "tuổi", "độ tuổi", value_max=60, optional=True),
    F("mức độ 2 đạt 88,4%", "88,4", 88.4, "percent", "%", "tỷ lệ người từ 15 đến 60 tuổi biết chữ mức độ 2", P("tính đến 31/12/2023", None, "2023-12-31", inh=True)),
    F("dưới 0,15%", "0,15", 0.15, "percent", "%", "tỷ lệ học sinh bỏ học", Y25, approx="under", status="target"),
    F("trên 97% trẻ", "97", 97, "percent", "%", "huy động trẻ mẫu giáo ra lớp", Y25, approx="over", status="target"),
]

emit("p438-1", TEXT, [
    "Cổng TTĐT tỉnh Hà Giang (province portal): tổng kết năm học 2023-2024 — dropouts, universal education, 2024-2025 targets.",
    "Dateline 'Cập nhật: 05/06/2024 09:12 | Lượt xem: 2.317' (counter is furniture). Distractors: 'Ngày 4/6', 'Chỉ thị số 07/CT-UBND',",
    "'mức độ 2', 'mức độ 1' (levels), address 'số 8 đường Nguyễn Trãi', phone 0219.3866.234.",
    "School years have no row in FIGURES.md; read as 1 September … 31 May (the convention of earlier probe sets).",
    "'Trong đó' parts of 412 take total 412 (3 levels add up); the district list has no cue, so no total; district names are locations.",
    "The 88,4% literacy rate is in the sentence after 'tính đến 31/12/2023' (same paragraph): inherited. Age range optional.",
], FIGS, published="2024-06-05", location="Hà Giang")
