"""p601-4: ministry site (Bộ Công an) — national fire and rescue figures for 2023, provinces, 2024 target."""
from lib import F, P, INH, CH, emit

TEXT = """BỘ CÔNG AN - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ / Tin tức - Sự kiện / Hoạt động của lãnh đạo Bộ

Năm 2023, cả nước xảy ra 3.440 vụ cháy, làm chết 146 người

Thứ Tư, 10/01/2024 10:45

Ngày 9/1, Cục Cảnh sát PCCC và CNCH (C07) tổ chức Hội nghị tổng kết công tác năm 2023. Theo báo cáo, năm 2023, toàn quốc xảy ra 3.440 vụ cháy, giảm 23,2% so với năm 2022; làm chết 146 người (tăng 21 người), bị thương 156 người; thiệt hại về tài sản ước tính 680,6 tỷ đồng. Ngoài ra, xảy ra 42 vụ nổ, làm chết 23 người.

Nguyên nhân do sự cố hệ thống, thiết bị điện chiếm 68,5% tổng số vụ cháy. Cháy nhà ở chiếm 41,7%; riêng số vụ cháy nhà ở kết hợp sản xuất, kinh doanh gấp 1,5 lần năm 2022.

Tỷ lệ người chết do cháy là 1,45 người/1 triệu dân. TP. Hồ Chí Minh, Hà Nội và Bình Dương là các địa phương xảy ra nhiều vụ cháy nhất, lần lượt là 312, 298 và 157 vụ. Hà Nội đứng thứ 2 về số vụ cháy nhưng đứng đầu cả nước về số người chết với 78 người, chủ yếu trong vụ cháy chung cư mini ở quận Thanh Xuân.

Trong năm, lực lượng Cảnh sát PCCC đã kiểm tra 1,05 triệu lượt cơ sở; xử phạt 24.618 trường hợp với số tiền hơn 276 tỷ đồng; tạm đình chỉ 5.732 trường hợp, đình chỉ 2.870 trường hợp. Lực lượng CNCH tham gia 3.062 vụ, cứu được 1.227 người, tìm kiếm 2.115 thi thể. Đến nay, 63/63 địa phương đã triển khai mô hình “Tổ liên gia an toàn PCCC” với hơn 91.000 tổ.

Năm 2024, ngành đặt mục tiêu giảm ít nhất 5% số vụ cháy và số người chết so với năm 2023; tập trung thực hiện Nghị định số 136/2020/NĐ-CP và Thông tư số 149/2020/TT-BCA.

Tổng số lượt truy cập: 18.725.430
"""

Y = P("năm 2023", "2023-01-01", "2023-12-31")
Yh = P("Năm 2023", "2023-01-01", "2023-12-31")
YT = P("Trong năm", "2023-01-01", "2023-12-31")
NOW = P("Đến nay", None, "2024-01-10")
T24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("xảy ra 3.440 vụ cháy, làm", "3.440", 3440, "count", "vụ cháy", "vụ cháy cả nước", Yh),
    F("làm chết 146 người\n", "146", 146, "count", "người", "người chết do cháy", Yh),
    F("toàn quốc xảy ra 3.440 vụ cháy", "3.440", 3440, "count", "vụ cháy", "vụ cháy toàn quốc", Y,
      change=CH("decrease", 23.2, "%", "năm 2022")),
    F("làm chết 146 người (", "146", 146, "count", "người", "người chết do cháy", Y,
      change=CH("increase", 21, "người")),
    F("bị thương 156 người", "156", 156, "count", "người", "người bị thương do cháy", Y),
    F("ước tính 680,6 tỷ đồng", "680,6", 680.6e9, "money", "đồng", "thiệt hại về tài sản do cháy", Y, status="estimate"),
    F("xảy ra 42 vụ nổ", "42", 42, "count", "vụ nổ", "vụ nổ", INH(Y)),
    F("làm chết 23 người", "23", 23, "count", "người", "người chết do nổ", INH(Y)),
    F("chiếm 68,5%", "68,5", 68.5, "percent", "%", "vụ cháy do sự cố hệ thống, thiết bị điện trong tổng số vụ cháy", INH(Y)),
    F("chiếm 41,7%", "41,7", 41.7, "percent", "%", "cháy nhà ở", INH(Y)),
    F("gấp 1,5 lần", "1,5", 1.5, "multiple", "lần", "số vụ cháy nhà ở kết hợp sản xuất, kinh doanh so với năm 2022", INH(Y)),
    F("là 1,45 người", "1,45", 1.45, "measure", "người/1 triệu dân", "tỷ lệ người chết do cháy", INH(Y)),
    F("lần lượt là 312", "312", 312, "count", "vụ", "vụ cháy", INH(Y), location="Hồ Chí Minh"),
    F("312, 298", "298", 298, "count", "vụ", "vụ cháy", INH(Y), location="Hà Nội"),
    F("và 157 vụ", "157", 157, "count", "vụ", "vụ cháy", INH(Y), location="Bình Dương"),
    F("đứng thứ 2", "2", 2, "rank", "hạng", "số vụ cháy", INH(Y), location="Hà Nội"),
    F("với 78 người", "78", 78, "count", "người", "người chết do cháy", INH(Y), location="Hà Nội"),
    F("kiểm tra 1,05 triệu lượt cơ sở", "1,05", 1.05e6, "count", "lượt cơ sở", "lượt cơ sở được kiểm tra", YT),
    F("xử phạt 24.618 trường hợp", "24.618", 24618, "count", "trường hợp", "trường hợp bị xử phạt", YT),
    F("hơn 276 tỷ đồng", "276", 276e9, "money", "đồng", "số tiền xử phạt", YT, approx="over"),
    F("tạm đình chỉ 5.732 trường hợp", "5.732", 5732, "count", "trường hợp", "trường hợp bị tạm đình chỉ", YT),
    F("đình chỉ 2.870 trường hợp", "2.870", 2870, "count", "trường hợp", "trường hợp bị đình chỉ", YT),
    F("tham gia 3.062 vụ", "3.062", 3062, "count", "vụ", "vụ cứu nạn, cứu hộ lực lượng CNCH tham gia", INH(YT)),
    F("cứu được 1.227 người", "1.227", 1227, "count", "người", "người được cứu", INH(YT)),
    F("tìm kiếm 2.115 thi thể", "2.115", 2115, "count", "thi thể", "thi thể tìm kiếm được", INH(YT)),
    F("63/63 địa phương", "63", 63, "count", "địa phương", "địa phương đã triển khai mô hình Tổ liên gia an toàn PCCC", NOW,
      total=63),
    F("hơn 91.000 tổ", "91.000", 91000, "count", "tổ", "Tổ liên gia an toàn PCCC", NOW, approx="over"),
    F("ít nhất 5%", "5", 5, "percent", "%", "giảm số vụ cháy và số người chết so với năm 2023", T24,
      approx="at_least", status="target"),
]

COMMENTS = [
    "Bộ Công an portal (invented): Cục C07 tổng kết năm 2023 — national fires, deaths, damage, inspections, rescues; provinces.",
    "Dateline \"Thứ Tư, 10/01/2024 10:45\"; \"Ngày 9/1\", \"C07\", Nghị định 136/2020/NĐ-CP, Thông tư 149/2020/TT-BCA and the",
    "visitor counter are not figures. National figures: location Việt Nam; provinces of the \"lần lượt là 312, 298 và 157 vụ\" list go to",
    "location (subject = the list's indicator \"vụ cháy\"). \"1,45 người/1 triệu dân\": the denominator is part of the unit. \"đứng thứ 2\" is a rank of Hà Nội; \"đứng đầu cả nước\" has no number. \"gấp 1,5 lần năm 2022\" stands",
    "alone as the claim: multiple. \"(tăng 21 người)\" is the change of 146 (no baseline written). \"Đến nay\" ends at the dateline.",
    "\"Trong năm\" in a year-end report = năm 2023. \"giảm ít nhất 5%\" = target, at_least.",
    "revised: 41,7% subject \"cháy nhà ở trong tổng số vụ cháy\" -> \"cháy nhà ở\" (the subject is named by its own sentence;",
    "\"tổng số vụ cháy\" stood in the sentence before).",
]

if __name__ == "__main__":
    emit("p601-4", TEXT, COMMENTS, FIGS, published="2024-01-10", location="Việt Nam")
