"""p590-4: ministry site (Bộ Công an) — đặc xá năm 2025, national figures."""
from lib import F, P, I, CH, emit

TEXT = """BỘ CÔNG AN - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ / Tin tức / An ninh trật tự
Ngày đăng: 28/08/2025 | 10:15

Đặc xá năm 2025: 3.862 phạm nhân được tha tù trước thời hạn

Sáng 28/8, Hội đồng tư vấn đặc xá tổ chức họp báo công bố Quyết định số 1320/QĐ-CTN của Chủ tịch nước về đặc xá năm 2025. Đây là lần thứ ba thực hiện đặc xá kể từ khi Luật Đặc xá năm 2018 có hiệu lực.

Qua thẩm định 4.105 hồ sơ đề nghị, Hội đồng đã trình Chủ tịch nước quyết định đặc xá cho 3.862 phạm nhân, đạt tỷ lệ 94,08%. Trong số người được đặc xá có 212 người là nữ, 538 người dân tộc thiểu số, 41 người từ 70 tuổi trở lên và 9 người nước ngoài mang quốc tịch của 4 quốc gia.

Các trại giam, trại tạm giam trả tự do cho người được đặc xá trước ngày 2/9/2025. Trại giam Z30A (187 người), Trại giam số 5 (164 người) và Trại giam Nam Hà (129 người) là những đơn vị có nhiều phạm nhân được đặc xá nhất.

Từ năm 2009 đến nay, Nhà nước đã thực hiện 11 đợt đặc xá với hơn 94.000 người được tha tù trước thời hạn. Tỷ lệ người được đặc xá tái phạm tội chỉ khoảng 1,4%, thấp hơn nhiều so với tỷ lệ tái phạm chung từ 5 đến 7%.

Cả nước hiện có 52 trại giam do Bộ Công an quản lý với hơn 140.000 phạm nhân. Năm 2024, các trại giam đã tổ chức dạy nghề cho 18.650 lượt phạm nhân, tăng 9,2% so với năm 2023, và dạy văn hóa, xóa mù chữ cho 2.317 phạm nhân.

Bộ Công an đề nghị các địa phương tạo điều kiện cho người được đặc xá ổn định cuộc sống, phấn đấu năm 2026 có ít nhất 60% người được đặc xá có nhu cầu được hỗ trợ việc làm.

Địa chỉ: 44 Yết Kiêu, Hoàn Kiếm, Hà Nội. Điện thoại: 069.2342.537
"""

Y25 = P("năm 2025", "2025-01-01", "2025-12-31")
SINCE = P("Từ năm 2009 đến nay", "2009-01-01", "2025-08-28")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y26 = P("năm 2026", "2026-01-01", "2026-12-31")
AM = "phạm nhân được đặc xá"

FIGS = [
    F("Đặc xá năm 2025: 3.862", "3.862", 3862, "count", "phạm nhân",
      "phạm nhân được tha tù trước thời hạn", Y25),
    F("thẩm định 4.105 hồ sơ", "4.105", 4105, "count", "hồ sơ", "hồ sơ đề nghị đặc xá", I(Y25)),
    F("cho 3.862 phạm nhân", "3.862", 3862, "count", "phạm nhân", AM, I(Y25), percent=94.08),
    F("có 212 người", "212", 212, "count", "người", "người được đặc xá là nữ", I(Y25), total=3862),
    F("538 người", "538", 538, "count", "người", "người được đặc xá là người dân tộc thiểu số", I(Y25), total=3862),
    F("41 người từ", "41", 41, "count", "người", "người được đặc xá từ 70 tuổi trở lên", I(Y25), total=3862),
    F("từ 70 tuổi", "70", 70, "measure", "tuổi", approx="at_least", optional=True),
    F("và 9 người", "9", 9, "count", "người", "người nước ngoài được đặc xá", I(Y25), total=3862),
    F("của 4 quốc gia", "4", 4, "count", "quốc gia", "quốc gia có công dân được đặc xá", I(Y25)),
    F("Z30A (187 người)", "187", 187, "count", "người", AM, I(Y25)),
    F("số 5 (164 người)", "164", 164, "count", "người", AM, I(Y25)),
    F("Nam Hà (129 người)", "129", 129, "count", "người", AM, I(Y25)),
    F("thực hiện 11 đợt", "11", 11, "count", "đợt", "đợt đặc xá", SINCE),
    F("hơn 94.000 người", "94.000", 94000, "count", "người",
      "người được tha tù trước thời hạn", SINCE, approx="over"),
    F("khoảng 1,4%", "1,4", 1.4, "percent", "%", "tỷ lệ người được đặc xá tái phạm tội", approx="about"),
    F("từ 5 đến 7%", "5", 5, "percent", "%", "tỷ lệ tái phạm chung", value_max=7),
    F("có 52 trại giam", "52", 52, "count", "trại giam", "trại giam do Bộ Công an quản lý"),
    F("hơn 140.000 phạm nhân", "140.000", 140000, "count", "phạm nhân",
      "phạm nhân tại các trại giam do Bộ Công an quản lý", approx="over"),
    F("cho 18.650 lượt", "18.650", 18650, "count", "lượt phạm nhân", "lượt phạm nhân được dạy nghề", Y24,
      change=CH("increase", 9.2, baseline="năm 2023")),
    F("cho 2.317 phạm nhân", "2.317", 2317, "count", "phạm nhân",
      "phạm nhân được dạy văn hóa, xóa mù chữ", Y24),
    F("ít nhất 60%", "60", 60, "percent", "%",
      "người được đặc xá có nhu cầu được hỗ trợ việc làm", Y26, approx="at_least", status="target"),
]

COMMENTS = [
    "Ministry site (Bộ Công an): họp báo công bố Quyết định đặc xá năm 2025. 'Ngày đăng: 28/08/2025 | 10:15'. National: location Việt Nam.",
    "'Trong số người được đặc xá có 212 …, 538 …, 41 … và 9 …' are parts of the 3.862 (the whole the cue refers back to).",
    "'đạt tỷ lệ 94,08%' is the share of 3.862 (3.862/4.105); no total (no part-of cue). 'từ 70 tuổi trở lên' threshold: optional.",
    "Prison items (Trại giam Z30A, Trại giam số 5, Trại giam Nam Hà) are institutions, not places: location stays Việt Nam.",
    "'thấp hơn nhiều so với tỷ lệ tái phạm chung từ 5 đến 7%': the range is the comparison level, not a gap: a percent figure of its own.",
    "'Từ năm 2009 đến nay' ends at the dateline. 'Cả nước hiện có' stock figures get no period.",
    "Distractors: Quyết định số 1320/QĐ-CTN, 'lần thứ ba', Luật Đặc xá năm 2018, 'trước ngày 2/9/2025', Trại giam số 5, Z30A,",
    "address 44 Yết Kiêu (Hà Nội named only in the address), phone 069.2342.537.",
]

if __name__ == "__main__":
    emit("p590-4", TEXT, COMMENTS, FIGS, published="2025-08-28", location="Việt Nam")
