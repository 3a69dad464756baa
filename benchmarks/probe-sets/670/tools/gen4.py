"""p670-4: Bộ Công an portal, national amnesty 2024."""
from lib import F, P, INH, CH, TG, emit

TEXT = """BỘ CÔNG AN - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ / Tin tức - Sự kiện / An ninh trật tự
Ngày đăng: 30/08/2024 | Lượt xem: 4.127

Hơn 3.800 phạm nhân được đặc xá năm 2024

Sáng 30/8, tại trụ sở Bộ Công an (số 44 Yết Kiêu, Hà Nội), Hội đồng tư vấn đặc xá tổ chức họp báo công bố Quyết định về đặc xá năm 2024 của Chủ tịch nước. Theo đó, đợt này có 3.812 phạm nhân được đặc xá, gồm 3.614 người đang chấp hành án tại các trại giam, trại tạm giam thuộc Bộ Công an và 198 người tại các trại giam thuộc Bộ Quốc phòng.

Trong số 3.812 người được đặc xá có 297 người là nữ, 164 người là người dân tộc thiểu số, 38 người là người nước ngoài thuộc 9 quốc tịch và 412 người từ 70 tuổi trở lên.

Các trại giam có nhiều phạm nhân được đặc xá là Trại giam Xuân Lộc (146 người), Trại giam Thủ Đức (132 người), Trại giam Nam Hà (97 người) và Trại giam số 6 (85 người).

Trước khi được trả tự do, 100% người được đặc xá đã được học tập pháp luật, giáo dục công dân; khoảng 2.100 người được cấp chứng chỉ nghề. Tổng kinh phí cấp tiền ăn đường, tiền tàu xe cho người được đặc xá dự kiến gần 1,9 tỷ đồng.

Theo Cục Cảnh sát quản lý trại giam, cơ sở giáo dục bắt buộc, trường giáo dưỡng (C10), tỷ lệ người được đặc xá tái phạm tội qua các đợt từ năm 2009 đến nay chỉ khoảng 0,7%. Riêng đợt đặc xá năm 2022 có 2.503 người được tha, trong số đó đến nay có 19 người tái phạm tội, chiếm 0,76%.

Bộ Công an đề nghị các địa phương tạo điều kiện để người được đặc xá sớm ổn định cuộc sống, phấn đấu ít nhất 70% người được đặc xá trong độ tuổi lao động có việc làm sau 6 tháng trở về.

Đường dây nóng: 069.2342.225
"""

Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
I24 = INH(Y24)
S = "phạm nhân được đặc xá"

FIGS = [
    F("Hơn 3.800 phạm nhân", "3.800", 3800, "count", "phạm nhân", S, Y24, approx="over"),
    F("có 3.812 phạm nhân", "3.812", 3812, "count", "phạm nhân", S, I24),
    F("gồm 3.614 người", "3.614", 3614, "count", "người",
      "người được đặc xá đang chấp hành án tại các trại giam, trại tạm giam thuộc Bộ Công an", I24, total=3812),
    F("và 198 người", "198", 198, "count", "người",
      "người được đặc xá tại các trại giam thuộc Bộ Quốc phòng", I24, total=3812),
    # revised after the first run: the restated whole "Trong số 3.812 người" is a figure (shared h13 convention).
    F("Trong số 3.812 người", "3.812", 3812, "count", "người", "người được đặc xá", I24),
    F("có 297 người", "297", 297, "count", "người", "người được đặc xá là nữ", I24, total=3812),
    F("164 người", "164", 164, "count", "người", "người được đặc xá là người dân tộc thiểu số", I24, total=3812),
    F("38 người", "38", 38, "count", "người", "người được đặc xá là người nước ngoài", I24, total=3812),
    F("thuộc 9 quốc tịch", "9", 9, "count", "quốc tịch", "quốc tịch của người nước ngoài được đặc xá", I24),
    F("và 412 người", "412", 412, "count", "người", "người được đặc xá từ 70 tuổi trở lên", I24, total=3812),
    F("từ 70 tuổi trở lên", "70", 70, "measure", "tuổi", approx="at_least", optional=True),
    F("Xuân Lộc (146 người)", "146", 146, "count", "người", "phạm nhân được đặc xá tại Trại giam Xuân Lộc", I24),
    F("Thủ Đức (132 người)", "132", 132, "count", "người", "phạm nhân được đặc xá tại Trại giam Thủ Đức", I24),
    F("Nam Hà (97 người)", "97", 97, "count", "người", "phạm nhân được đặc xá tại Trại giam Nam Hà", I24),
    F("số 6 (85 người)", "85", 85, "count", "người", "phạm nhân được đặc xá tại Trại giam số 6", I24),
    F("tự do, 100%", "100", 100, "percent", "%", "người được đặc xá được học tập pháp luật, giáo dục công dân", I24),
    F("khoảng 2.100 người", "2.100", 2100, "count", "người", "người được đặc xá được cấp chứng chỉ nghề", I24,
      approx="about"),
    F("gần 1,9 tỷ", "1,9", 1.9e9, "money", "đồng",
      "tổng kinh phí cấp tiền ăn đường, tiền tàu xe cho người được đặc xá", I24, approx="nearly", status="forecast"),
    F("khoảng 0,7%", "0,7", 0.7, "percent", "%", "tỷ lệ người được đặc xá tái phạm tội",
      P("từ năm 2009 đến nay", "2009-01-01", "2024-08-30"), approx="about"),
    F("có 2.503 người", "2.503", 2503, "count", "người", "người được tha trong đợt đặc xá năm 2022",
      P("năm 2022", "2022-01-01", "2022-12-31")),
    F("có 19 người", "19", 19, "count", "người", "người được đặc xá năm 2022 tái phạm tội",
      P("đến nay", None, "2024-08-30"), total=2503, percent=0.76),
    F("ít nhất 70%", "70", 70, "percent", "%",
      "người được đặc xá trong độ tuổi lao động có việc làm sau 6 tháng trở về", approx="at_least", status="target"),
]

COMMENTS = [
    "Bộ Công an portal: national amnesty 2024 (numbers by ministry, by group, by prison, vocational certificates, travel money, re-offending).",
    "Location Việt Nam throughout; the prisons are not places of the figure (their province is not named), so the prison goes into the subject.",
    "'Trong số 3.812 người' is the total of the group counts (first gold: not a figure; revised, see below). 'gồm' parts after 3.812 total 3.812.",
    "'từ 70 tuổi trở lên' is a threshold: optional. 'sau 6 tháng trở về' is a time frame, 'Trại giam số 6' a name, 'số 44 Yết Kiêu' an address,",
    "'Lượt xem: 4.127', the hotline and 'C10' are not figures. 'từ năm 2009 đến nay' and 'đến nay' end at the dateline 2024-08-30.",
    "revised after the first run: added the restated whole 'Trong số 3.812 người' as a figure (shared h13 convention).",
]

if __name__ == "__main__":
    emit("p670-4", TEXT, COMMENTS, FIGS, published="2024-08-30", location="Việt Nam")
