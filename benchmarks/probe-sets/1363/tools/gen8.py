"""p1363-8: ministry site (Bộ VHTTDL), national: Hội nghị Thông báo những phát hiện mới về khảo cổ học, licences, national treasures."""
from lib import F, period, inherit, change, target, write

TEXT = """BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH
Trang chủ > Tin tức > Di sản văn hóa

Hội nghị Thông báo những phát hiện mới về khảo cổ học lần thứ 58
25/09/2024 09:30 | Cục Di sản văn hóa

Ngày 24/9, tại Hà Nội, Bộ Văn hóa, Thể thao và Du lịch phối hợp với Viện Hàn lâm Khoa học xã hội Việt Nam tổ chức Hội nghị Thông báo những phát hiện mới về khảo cổ học lần thứ 58.

Hội nghị năm nay nhận được 412 báo cáo khoa học, tăng 37 báo cáo so với năm 2023, gồm 96 báo cáo về thời đại đá, 135 báo cáo về thời đại kim khí và 181 báo cáo về thời kỳ lịch sử. Về số lượng báo cáo theo địa phương, Hà Nội xếp thứ nhất với 47 báo cáo; Thanh Hóa và Quảng Ngãi lần lượt xếp thứ 2 và 3 với 28 và 21 báo cáo.

Năm 2023, Bộ đã cấp 142 giấy phép thăm dò, khai quật khảo cổ cho 41 tỉnh, thành phố, trong đó có 38 giấy phép khai quật khẩn cấp phục vụ các dự án xây dựng. Tổng diện tích thăm dò, khai quật khoảng 26.500 m2, kinh phí hơn 120 tỷ đồng, chủ yếu do các chủ đầu tư dự án chi trả.

Tính đến tháng 8/2024, cả nước có 265 hiện vật, nhóm hiện vật được công nhận là bảo vật quốc gia qua 12 đợt, trong đó khoảng 60% có nguồn gốc từ các cuộc khai quật khảo cổ.

Luật Di sản văn hóa số 45/2024/QH15 có hiệu lực từ ngày 1/7/2025. Mục tiêu đến năm 2030, 100% hiện vật khảo cổ tại các bảo tàng công lập được kiểm kê, số hóa.

BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH
Địa chỉ: 51 Ngô Quyền, Hoàn Kiếm, Hà Nội
Điện thoại: 024.3943.8231
"""

NOW = period("năm nay", "2024-01-01", "2024-12-31")
Y23 = period("Năm 2023", "2023-01-01", "2023-12-31")
AUG = period("Tính đến tháng 8/2024", end="2024-08-31")
T30 = period("đến năm 2030", end="2030-12-31")
RANK = "số lượng báo cáo theo địa phương"

FIGS = [
    F("nhận được 412 báo cáo", "412", 412, "count", "báo cáo khoa học",
      change=change("increase", 37, "báo cáo", "năm 2023"), subject="báo cáo khoa học Hội nghị nhận được", per=NOW),
    F("gồm 96 báo cáo", "96", 96, "count", "báo cáo", total=412, subject="báo cáo về thời đại đá", per=NOW),
    F("135 báo cáo", "135", 135, "count", "báo cáo", total=412, subject="báo cáo về thời đại kim khí", per=NOW),
    F("và 181 báo cáo", "181", 181, "count", "báo cáo", total=412, subject="báo cáo về thời kỳ lịch sử", per=NOW),
    F("xếp thứ nhất", "nhất", 1, "rank", "hạng", subject=RANK, per=inherit(NOW), location="Hà Nội"),
    F("với 47 báo cáo", "47", 47, "count", "báo cáo", subject=RANK, per=inherit(NOW), location="Hà Nội"),
    F("xếp thứ 2 và", "2", 2, "rank", "hạng", subject=RANK, per=inherit(NOW), location="Thanh Hóa"),
    F("và 3 với", "3", 3, "rank", "hạng", subject=RANK, per=inherit(NOW), location="Quảng Ngãi"),
    F("với 28 và", "28", 28, "count", "báo cáo", subject=RANK, per=inherit(NOW), location="Thanh Hóa"),
    F("và 21 báo cáo", "21", 21, "count", "báo cáo", subject=RANK, per=inherit(NOW), location="Quảng Ngãi"),
    F("cấp 142 giấy phép", "142", 142, "count", "giấy phép", subject="giấy phép thăm dò, khai quật khảo cổ", per=Y23),
    F("cho 41 tỉnh", "41", 41, "count", "tỉnh, thành phố", subject="tỉnh, thành phố được cấp giấy phép", per=Y23),
    F("có 38 giấy phép", "38", 38, "count", "giấy phép", total=142, subject="giấy phép khai quật khẩn cấp", per=Y23),
    F("khoảng 26.500 m2", "26.500", 26500, "measure", "m2", approx="about",
      subject="tổng diện tích thăm dò, khai quật", per=inherit(Y23)),
    F("hơn 120 tỷ", "120", 120e9, "money", "đồng", approx="over", subject="kinh phí thăm dò, khai quật",
      per=inherit(Y23)),
    F("có 265 hiện vật", "265", 265, "count", "hiện vật, nhóm hiện vật",
      subject="hiện vật, nhóm hiện vật được công nhận là bảo vật quốc gia", per=AUG),
    F("qua 12 đợt", "12", 12, "count", "đợt", subject="đợt công nhận bảo vật quốc gia", per=AUG),
    F("khoảng 60%", "60", 60, "percent", "%", approx="about",
      subject="bảo vật quốc gia có nguồn gốc từ các cuộc khai quật khảo cổ", per=AUG),
    F("đến năm 2030, 100%", "100", 100, "percent", "%", status="target",
      subject="hiện vật khảo cổ tại các bảo tàng công lập được kiểm kê, số hóa", per=T30),
]

NOTES = [
    "Ministry site (Bộ VHTTDL): breadcrumb, '25/09/2024 09:30 | Cục Di sản văn hóa', footer address and phone.",
    "Distractors: 'lần thứ 58' (twice: an edition), 'Ngày 24/9', 'Luật Di sản văn hóa số 45/2024/QH15', 'từ ngày 1/7/2025',",
    "'51 Ngô Quyền', phone 024.3943.8231, the time 09:30.",
    "National figures → Việt Nam; the ranked list: 'Hà Nội xếp thứ nhất với 47', 'Thanh Hóa và Quảng Ngãi lần lượt xếp thứ 2 và 3",
    "với 28 và 21 báo cáo' → each item a figure with the list's indicator as subject and the province as location.",
    "'thứ nhất' → rank 1 (number word). 'năm nay' = 2024 from the dateline; the list sentence inherits it (not scored).",
    "'412 ..., tăng 37 báo cáo so với năm 2023, gồm 96 ..., 135 ... và 181 ...' → change 37 báo cáo; parts add up → total 412.",
    "'cho 41 tỉnh, thành phố' is a count of provinces → Việt Nam. '38 giấy phép' after 'trong đó' → total 142.",
    "'trong đó khoảng 60% có nguồn gốc ...' → a percent figure of its own (a share of the 265, not the 265's share of a whole).",
    "'Tính đến tháng 8/2024' → as-of, end 2024-08-31. 'Mục tiêu đến năm 2030, 100% ...' → target, end 2030-12-31.",
]

if __name__ == "__main__":
    write("p1363-8", TEXT, NOTES, FIGS, published="2024-09-25", location="Việt Nam")
