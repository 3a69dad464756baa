"""p773-2: huyện Thanh Chương (Nghệ An) district portal, community-based rehabilitation 2023."""
from lib import F, P, I, CH, emit

TEXT = """UBND HUYỆN THANH CHƯƠNG - CỔNG THÔNG TIN ĐIỆN TỬ
Tin tức > Văn hóa - Xã hội

Thanh Chương: gần 1.300 người khuyết tật được phục hồi chức năng tại nhà

Thứ Năm, 14/03/2024 - 15:30

Năm 2023, mạng lưới phục hồi chức năng dựa vào cộng đồng của huyện đã hướng dẫn gần 1.300 người khuyết tật tập luyện tại nhà, tăng 12% so với năm 2022. Toàn huyện hiện có 4.215 người khuyết tật, gồm 1.836 người khuyết tật vận động, 742 người khuyết tật nghe, nói, 519 người khuyết tật trí tuệ và 1.118 người thuộc các dạng khác.

Huyện duy trì 214 cộng tác viên tại 37 xã, thị trấn, bình quân 6,1 người khuyết tật/cộng tác viên. Sau khi được hướng dẫn tập luyện, từ 30 đến 40% người khuyết tật vận động cải thiện rõ khả năng tự chăm sóc bản thân. Các xã có đông người tham gia tập luyện là Thanh Đồng (86 người), Thanh Hưng (74 người) và Thanh Liên (69 người).

Trong năm 2023, Hội Chữ thập đỏ huyện phối hợp các nhà hảo tâm trao tặng 156 xe lăn, 48 xe lắc và 230 đôi nạng, tổng trị giá 612 triệu đồng. Trạm Y tế xã Thanh Ngọc (xóm 7, cạnh Quốc lộ 46) được chọn làm điểm mô hình với phòng tập trang bị 15 loại dụng cụ.

Năm 2024, huyện phấn đấu 100% xã, thị trấn có cộng tác viên phục hồi chức năng, khám sàng lọc cho ít nhất 2.000 người khuyết tật. Đây là năm thứ 5 huyện triển khai Kế hoạch số 58/KH-UBND về phục hồi chức năng dựa vào cộng đồng.

Hồng Nhung - Trung tâm VH-TT&TT huyện
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23b = P("Trong năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
TAP = "người tham gia tập luyện"

FIGS = [
    F("gần 1.300 người khuyết tật được", "1.300", 1300, "count", "người khuyết tật",
      "người khuyết tật được phục hồi chức năng tại nhà", approx="nearly"),
    F("hướng dẫn gần 1.300 người", "1.300", 1300, "count", "người khuyết tật",
      "người khuyết tật được mạng lưới phục hồi chức năng dựa vào cộng đồng hướng dẫn tập luyện tại nhà", Y23,
      approx="nearly", change=CH("increase", 12, baseline="năm 2022")),
    F("có 4.215 người", "4.215", 4215, "count", "người khuyết tật", "người khuyết tật"),
    F("gồm 1.836 người", "1.836", 1836, "count", "người khuyết tật", "người khuyết tật vận động", total=4215),
    F("742 người", "742", 742, "count", "người khuyết tật", "người khuyết tật nghe, nói", total=4215),
    F("519 người", "519", 519, "count", "người khuyết tật", "người khuyết tật trí tuệ", total=4215),
    F("1.118 người", "1.118", 1118, "count", "người", "người khuyết tật thuộc các dạng khác", total=4215),
    F("214 cộng tác viên", "214", 214, "count", "cộng tác viên",
      "cộng tác viên phục hồi chức năng dựa vào cộng đồng huyện duy trì"),
    F("tại 37 xã", "37", 37, "count", "xã, thị trấn", "xã, thị trấn có cộng tác viên phục hồi chức năng"),
    F("bình quân 6,1 người", "6,1", 6.1, "measure", "người khuyết tật/cộng tác viên",
      "người khuyết tật bình quân mỗi cộng tác viên"),
    F("từ 30 đến 40%", "30", 30, "percent", "%",
      "người khuyết tật vận động cải thiện rõ khả năng tự chăm sóc bản thân", value_max=40),
    F("Thanh Đồng (86 người)", "86", 86, "count", "người", TAP, location="Thanh Chương"),
    F("Thanh Hưng (74 người)", "74", 74, "count", "người", TAP, location="Thanh Chương"),
    F("Thanh Liên (69 người)", "69", 69, "count", "người", TAP, location="Thanh Chương"),
    F("trao tặng 156 xe lăn", "156", 156, "count", "xe lăn", "xe lăn trao tặng", Y23b),
    F("48 xe lắc", "48", 48, "count", "xe lắc", "xe lắc trao tặng", Y23b),
    F("230 đôi nạng", "230", 230, "count", "đôi nạng", "nạng trao tặng", Y23b),
    F("trị giá 612 triệu đồng", "612", 612000000, "money", "đồng",
      "tổng trị giá xe lăn, xe lắc, nạng trao tặng", Y23b),
    F("trang bị 15 loại", "15", 15, "count", "loại dụng cụ",
      "loại dụng cụ trang bị phòng tập điểm mô hình Trạm Y tế xã Thanh Ngọc", location="Thanh Chương"),
    F("phấn đấu 100%", "100", 100, "percent", "%", "xã, thị trấn có cộng tác viên phục hồi chức năng", Y24,
      status="target"),
    F("ít nhất 2.000 người", "2.000", 2000, "count", "người khuyết tật", "người khuyết tật được khám sàng lọc", Y24,
      approx="at_least", status="target"),
]

COMMENTS = [
    "Cổng TTĐT huyện Thanh Chương (Nghệ An): phục hồi chức năng dựa vào cộng đồng năm 2023, kế hoạch 2024.",
    "The four disability types after 'gồm' add up to 4.215 (total). The headline has no period phrase (no period).",
    "Commune items (Thanh Đồng, Thanh Hưng, Thanh Liên, xã Thanh Ngọc) keep the district as location: FIGURES.md defines location as",
    "the province, city or district the figure describes (communes are below that level).",
    "revised: first annotated with the commune as location (4 figures); changed to Thanh Chương after re-reading the location field.",
    "'phấn đấu' governs both 2024 clauses (target). Not figures: dateline, xóm 7, Quốc lộ 46, 'năm thứ 5', Kế hoạch số 58/KH-UBND.",
]

if __name__ == "__main__":
    emit("p773-2", TEXT, COMMENTS, FIGS, published="2024-03-14", location="Thanh Chương")
