"""p917-4: ministry site (Bộ Công an, Cục C10), national results of conditional early release in 2023 and since 2020."""
from lib import F, P, I, C, T, write

TEXT = """BỘ CÔNG AN - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ / Tin tức / Hoạt động của các đơn vị
Hơn 22 nghìn phạm nhân được tha tù trước thời hạn có điều kiện sau 4 năm thi hành Luật
Ngày đăng: 09/01/2024 | Lượt xem: 1.874

Ngày 8/1, tại Hà Nội, Cục Cảnh sát quản lý trại giam, cơ sở giáo dục bắt buộc, trường giáo dục (C10) tổ chức hội nghị tổng kết công tác năm 2023.

Theo báo cáo, năm 2023, Hội đồng xét tha tù trước thời hạn có điều kiện của các trại giam đã đề nghị 6.482 trường hợp; Tòa án nhân dân cấp tỉnh, cấp quân khu đã quyết định tha tù trước thời hạn có điều kiện cho 6.215 phạm nhân, đạt 95,9% số được đề nghị, tăng 12,3% so với năm 2022. Trong số phạm nhân được tha, phạm nhân nữ và phạm nhân là người dân tộc thiểu số lần lượt chiếm 8,4% và 11,8%.

Tính từ ngày 1/1/2020, khi Luật Thi hành án hình sự năm 2019 có hiệu lực, đến hết năm 2023, cả nước có 22.347 phạm nhân được tha tù trước thời hạn có điều kiện. Trong số này, chỉ 186 người vi phạm nghĩa vụ bị hủy quyết định, chiếm 0,83%; 41 người phạm tội mới.

Cũng trong năm 2023, các trại giam đã trả tự do cho 31.540 phạm nhân hết hạn chấp hành án, cấp giấy chứng nhận chấp hành xong án phạt tù cho 100% trường hợp; dạy nghề cho 27.600 phạm nhân sắp ra trại, đạt khoảng 92% kế hoạch.

Tỷ lệ tái phạm tội của người chấp hành xong án phạt tù trên toàn quốc năm 2023 ở mức khoảng 4,2%, gấp hơn 20 lần nhóm được tha tù trước thời hạn có điều kiện.

Năm 2024, Cục C10 đặt mục tiêu 100% trại giam thực hiện đúng quy trình xét tha tù theo Thông tư liên tịch số 04/2021/TTLT-BCA-BQP-TANDTC-VKSNDTC, dạy nghề cho ít nhất 30.000 phạm nhân; dự kiến khoảng 7.000 phạm nhân đủ điều kiện được đề nghị tha tù trước thời hạn.

Địa chỉ: Số 47 Phạm Văn Đồng, Cầu Giấy, Hà Nội | Điện thoại: 069.2342.617
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
CUM = P("Tính từ ngày 1/1/2020, khi Luật Thi hành án hình sự năm 2019 có hiệu lực, đến hết năm 2023",
        "2020-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("Hơn 22 nghìn phạm nhân", "22", 22000, "count", "phạm nhân",
      "phạm nhân được tha tù trước thời hạn có điều kiện", approx="over"),
    F("đề nghị 6.482 trường hợp", "6.482", 6482, "count", "trường hợp",
      "trường hợp được đề nghị tha tù trước thời hạn có điều kiện", Y23),
    F("cho 6.215 phạm nhân", "6.215", 6215, "count", "phạm nhân",
      "phạm nhân được quyết định tha tù trước thời hạn có điều kiện", Y23,
      percent=95.9, change=C("increase", 12.3, "%", "năm 2022")),
    F("chiếm 8,4%", "8,4", 8.4, "percent", "%", "phạm nhân nữ trong số phạm nhân được tha", I(Y23)),
    F("và 11,8%", "11,8", 11.8, "percent", "%", "phạm nhân là người dân tộc thiểu số trong số phạm nhân được tha", I(Y23)),
    F("có 22.347 phạm nhân", "22.347", 22347, "count", "phạm nhân",
      "phạm nhân được tha tù trước thời hạn có điều kiện", CUM),
    F("chỉ 186 người", "186", 186, "count", "người", "người vi phạm nghĩa vụ bị hủy quyết định", I(CUM),
      total=22347, percent=0.83),
    F("41 người", "41", 41, "count", "người", "người phạm tội mới", I(CUM), total=22347),
    F("cho 31.540 phạm nhân", "31.540", 31540, "count", "phạm nhân", "phạm nhân hết hạn chấp hành án được trả tự do",
      P("Cũng trong năm 2023", "2023-01-01", "2023-12-31")),
    F("cho 100% trường hợp", "100", 100, "percent", "%",
      "trường hợp được cấp giấy chứng nhận chấp hành xong án phạt tù", P("Cũng trong năm 2023", "2023-01-01", "2023-12-31")),
    F("cho 27.600 phạm nhân", "27.600", 27600, "count", "phạm nhân", "phạm nhân sắp ra trại được dạy nghề",
      P("Cũng trong năm 2023", "2023-01-01", "2023-12-31"), percent=92),
    F("khoảng 4,2%", "4,2", 4.2, "percent", "%",
      "tỷ lệ tái phạm tội của người chấp hành xong án phạt tù", Y23, approx="about",
      change=C("increase", 20, "lần", "nhóm được tha tù trước thời hạn có điều kiện", approx="over")),
    F("tiêu 100% trại giam", "100", 100, "percent", "%", "trại giam thực hiện đúng quy trình xét tha tù", Y24,
      status="target"),
    F("ít nhất 30.000 phạm nhân", "30.000", 30000, "count", "phạm nhân", "phạm nhân được dạy nghề", Y24,
      approx="at_least", status="target"),
    F("khoảng 7.000 phạm nhân", "7.000", 7000, "count", "phạm nhân",
      "phạm nhân đủ điều kiện được đề nghị tha tù trước thời hạn", Y24, approx="about", status="forecast"),
]

NOTES = [
    "Ministry site (Bộ Công an), national figures, location Việt Nam; 'Ngày đăng: 09/01/2024 | Lượt xem'.",
    "'sau 4 năm thi hành Luật' is a duration locating time, not a figure; 'Ngày 8/1', 'ngày 1/1/2020', 'Luật ... năm 2019', TTLT 04/2021, address, phone are distractors.",
    "'đạt 95,9% số được đề nghị, tăng 12,3%' → percent + change of 6.215; 'Trong số này' parts take 22.347 as total.",
    "'đạt khoảng 92% kế hoạch' is the percent attribute of 27.600 (the figure itself is exact).",
    "'khoảng 4,2%, gấp hơn 20 lần nhóm …': gấp attached to a figure is read as its change (×20, over), not a multiple figure of its own.",
    "'đặt mục tiêu' governs 100% and 'ít nhất 30.000' (target); 'dự kiến khoảng 7.000' is a forecast.",
]

if __name__ == "__main__":
    write("p917-4", TEXT, NOTES, FIGS, published="2024-01-09", location="Việt Nam")
