"""p627-8: commune portal (xã Tân Hòa, huyện Phú Bình, Thái Nguyên), routine immunisation day, 10 months 2024."""
from lib import F, P, I, CH, TG, AGE, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ XÃ TÂN HÒA - HUYỆN PHÚ BÌNH
Trang chủ » Tin tức » Y tế - Dân số
Ngày cập nhật 05/11/2024

Tân Hòa: 96 trẻ được tiêm chủng trong buổi tiêm tháng 10

Ngày 25/10/2024, Trạm Y tế xã Tân Hòa tổ chức buổi tiêm chủng mở rộng định kỳ tại hội trường UBND xã (xóm Đồng Quan 2). Có 96 trẻ em và 18 phụ nữ có thai được tiêm, uống vắc xin, trong đó 21 trẻ tiêm vắc xin 5 trong 1 mũi 1, 17 trẻ tiêm vắc xin sởi - rubella.

Buổi tiêm được bố trí theo quy trình một chiều với năm bàn: đón tiếp, khám sàng lọc, tư vấn, tiêm chủng và theo dõi sau tiêm. Trạm huy động mười hai cộng tác viên y tế xóm tham gia mời, hướng dẫn các gia đình. Sau tiêm, trẻ được theo dõi ít nhất 30 phút tại điểm tiêm và tiếp tục theo dõi tại nhà trong 24 giờ.

Lũy kế 10 tháng năm 2024, xã có 142 trẻ dưới 1 tuổi được tiêm chủng đầy đủ, đạt 86,6% kế hoạch năm (164 trẻ); tỷ lệ trẻ 18 tháng tuổi được tiêm vắc xin sởi - rubella đạt 79,8%.

Trong quý III/2024, trạm ghi nhận 3 trường hợp phản ứng thông thường sau tiêm, giảm 4 trường hợp so với quý II; không có trường hợp tai biến nặng. Mức hỗ trợ cho cộng tác viên là 150.000 đồng/người/buổi tiêm.

Xã phấn đấu đến hết năm 2024 tỷ lệ tiêm chủng đầy đủ cho trẻ dưới 1 tuổi đạt trên 95%, thực hiện theo Quyết định số 1731/QĐ-UBND của UBND huyện Phú Bình. Người dân cần tư vấn xin liên hệ Trạm Y tế xã qua số điện thoại 0208.3867.225 hoặc đến trạm tại xóm Tân Thành, cạnh đường ĐT 269.
"""

DAY = P("Ngày 25/10/2024", "2024-10-25", "2024-10-25", inh=True)
OCT = P("tháng 10", "2024-10-01", "2024-10-31")
M10 = P("Lũy kế 10 tháng năm 2024", "2024-01-01", "2024-10-31")
Q3 = P("Trong quý III/2024", "2024-07-01", "2024-09-30")
T24 = P("đến hết năm 2024", None, "2024-12-31")

FIGS = [
    F("Tân Hòa: 96 trẻ", "96", 96, "count", "trẻ", "trẻ được tiêm chủng trong buổi tiêm", OCT),
    F("Có 96 trẻ em", "96", 96, "count", "trẻ em", "trẻ em được tiêm, uống vắc xin", DAY),
    F("và 18 phụ nữ", "18", 18, "count", "phụ nữ có thai", "phụ nữ có thai được tiêm vắc xin", DAY),
    F("trong đó 21 trẻ", "21", 21, "count", "trẻ", "trẻ tiêm vắc xin 5 trong 1 mũi 1", DAY, total=96),
    F("17 trẻ tiêm", "17", 17, "count", "trẻ", "trẻ tiêm vắc xin sởi - rubella", DAY, total=96),
    F("với năm bàn", "năm", 5, "count", "bàn", "bàn trong quy trình tiêm chủng một chiều"),
    F("mười hai cộng tác viên", "mười hai", 12, "count", "cộng tác viên", "cộng tác viên y tế xóm tham gia"),
    F("ít nhất 30 phút", "30", 30, "measure", "phút", "thời gian theo dõi trẻ sau tiêm tại điểm tiêm", approx="at_least"),
    F("trong 24 giờ", "24", 24, "measure", "giờ", "thời gian theo dõi trẻ sau tiêm tại nhà"),
    F("có 142 trẻ", "142", 142, "count", "trẻ", "trẻ dưới 1 tuổi được tiêm chủng đầy đủ", M10,
      percent=86.6, target=TG(164, "trẻ")),
    AGE("142 trẻ dưới 1 tuổi", "1", 1, approx="under"),
    AGE("trẻ 18 tháng tuổi", "18", 18, "tháng tuổi"),
    F("rubella đạt 79,8%", "79,8", 79.8, "percent", "%", "tỷ lệ trẻ 18 tháng tuổi được tiêm vắc xin sởi - rubella", M10),
    F("ghi nhận 3 trường hợp", "3", 3, "count", "trường hợp", "trường hợp phản ứng thông thường sau tiêm", Q3,
      change=CH("decrease", 4, "trường hợp", "quý II")),
    F("là 150.000 đồng", "150.000", 150000, "money", "đồng/người/buổi tiêm", "Mức hỗ trợ cho cộng tác viên"),
    AGE("cho trẻ dưới 1 tuổi đạt", "1", 1, approx="under"),
    F("đạt trên 95%", "95", 95, "percent", "%", "tỷ lệ tiêm chủng đầy đủ cho trẻ dưới 1 tuổi", T24, approx="over",
      status="target"),
]

COMMENTS = [
    "Commune portal (xã Tân Hòa, huyện Phú Bình): 'Ngày cập nhật 05/11/2024'. Location: the spec's levels are province, city",
    "or district, so commune figures take the district, Phú Bình.",
    "Headline 96 trẻ with 'tháng 10' (year from the dateline) → period October 2024 (scored); body figures take 'Ngày 25/10/2024'",
    "from the previous sentence (inherited). 'trong đó 21 trẻ …, 17 trẻ …' are parts of 96 trẻ em (not of the 18 phụ nữ).",
    "Number words 'năm bàn' (5) and 'mười hai cộng tác viên' (12) are counts; 'quy trình một chiều' is a name. Monitoring times",
    "'ít nhất 30 phút' and '24 giờ' are measures (claims, not time locators). 'đạt 86,6% kế hoạch năm (164 trẻ)': percent 86,6, target 164.",
    "Not figures: 'xóm Đồng Quan 2', 'mũi 1', '5 trong 1', 'Quyết định số 1731/QĐ-UBND', phone, 'ĐT 269', 'quý II' baseline.",
]

if __name__ == "__main__":
    emit("p627-8", TEXT, COMMENTS, FIGS, published="2024-11-05", location="Phú Bình")
