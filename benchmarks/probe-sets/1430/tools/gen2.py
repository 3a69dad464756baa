"""p1430-2: district portal (huyện Hải Hậu, Nam Định): community-based rehabilitation for children with cerebral palsy."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN HẢI HẬU - TỈNH NAM ĐỊNH
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Liên hệ

Nhân rộng mô hình phục hồi chức năng dựa vào cộng đồng cho trẻ bại não

Ngày đăng: 22/05/2024

Sáng 21/5, Phòng Lao động - Thương binh và Xã hội huyện phối hợp với Hội Bảo trợ người khuyết tật và trẻ mồ côi huyện tổ chức hội nghị sơ kết mô hình phục hồi chức năng dựa vào cộng đồng giai đoạn 2021-2023.

Theo báo cáo, toàn huyện hiện có 214 trẻ bại não, trong đó 139 trẻ ở mức độ nặng và rất nặng. Giai đoạn 2021-2023, mô hình được triển khai tại 18/35 xã, thị trấn với 126 trẻ tham gia tập luyện tại nhà dưới sự hướng dẫn của cán bộ y tế xã và ba chục cộng tác viên. Sau can thiệp, 71 trẻ (chiếm 56,3%) tiến bộ rõ về vận động thô, 23 trẻ đã tự đi lại được.

Chị Trần Thị Hoa ở xóm 7, xã Hải Phong có con trai bị bại não thể co cứng từ nhỏ. Được cán bộ y tế hướng dẫn, chị cho con tập 2 buổi mỗi ngày, mỗi buổi khoảng 45 phút; đến nay cháu đã tự ngồi và cầm được thìa. "Trước đây, mỗi tháng hai mẹ con phải lên Hà Nội tập một lần, tốn gần 3 triệu đồng tiền xe và ăn ở", chị Hoa chia sẻ.

Năm 2024, huyện phấn đấu mở rộng mô hình ra thêm 10 xã; dự kiến kinh phí thực hiện khoảng 850 triệu đồng từ ngân sách huyện và nguồn xã hội hóa. Dịp này, Hội Bảo trợ đã trao tặng 30 xe lăn, 15 khung tập đi và 40 suất quà (mỗi suất trị giá 500.000 đồng) cho các gia đình có trẻ bại não.

Tin khác:
- Hải Hậu: Ra quân Tháng hành động vì trẻ em năm 2024
- Trao thẻ bảo hiểm y tế cho học sinh có hoàn cảnh khó khăn

Cơ quan chủ quản: UBND huyện Hải Hậu
Địa chỉ: Khu 4, thị trấn Yên Định, huyện Hải Hậu, tỉnh Nam Định. Điện thoại: 0228.3877.125
"""

P = per("Giai đoạn 2021-2023", "2021-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("có 214 trẻ", "214", 214, "count", "trẻ", subject="trẻ bại não"),
    fig("139 trẻ", "139", 139, "count", "trẻ", total=214, subject="trẻ bại não ở mức độ nặng và rất nặng"),
    fig("18/35 xã", "18", 18, "count", "xã, thị trấn", total=35,
        subject="xã, thị trấn triển khai mô hình phục hồi chức năng dựa vào cộng đồng", period=P),
    fig("với 126 trẻ", "126", 126, "count", "trẻ", subject="trẻ tham gia tập luyện tại nhà", period=P),
    fig("ba chục cộng tác viên", "ba chục", 30, "count", "cộng tác viên",
        subject="cộng tác viên hướng dẫn trẻ tập luyện", period=P),
    fig("71 trẻ (chiếm", "71", 71, "count", "trẻ", percent=56.3,
        subject="trẻ tiến bộ rõ về vận động thô sau can thiệp", period=inh(P)),
    fig("23 trẻ", "23", 23, "count", "trẻ", subject="trẻ đã tự đi lại được sau can thiệp", period=inh(P)),
    fig("tập 2 buổi", "2", 2, "measure", "buổi/ngày", subject="số buổi tập của con chị Hoa mỗi ngày"),
    fig("khoảng 45 phút", "45", 45, "measure", "phút", approx="about", subject="thời gian mỗi buổi tập"),
    fig("tập một lần", "một", 1, "measure", "lần/tháng", subject="số lần hai mẹ con lên Hà Nội tập mỗi tháng",
        optional=True),
    fig("hai mẹ con", "hai", 2, "count", "mẹ con", subject="mẹ con lên Hà Nội tập", optional=True),
    fig("gần 3 triệu", "3", 3e6, "money", "đồng/tháng", approx="nearly",
        subject="tiền xe và ăn ở mỗi lần lên Hà Nội tập"),
    fig("thêm 10 xã", "10", 10, "count", "xã", status="target",
        subject="xã mở rộng mô hình phục hồi chức năng dựa vào cộng đồng", period=Y24),
    fig("khoảng 850 triệu", "850", 850e6, "money", "đồng", approx="about", status="forecast",
        subject="kinh phí thực hiện mô hình", period=Y24),
    fig("tặng 30 xe lăn", "30", 30, "count", "xe lăn", subject="xe lăn Hội Bảo trợ trao tặng"),
    fig("15 khung tập đi", "15", 15, "count", "khung tập đi", subject="khung tập đi Hội Bảo trợ trao tặng"),
    fig("40 suất quà", "40", 40, "count", "suất quà", subject="suất quà Hội Bảo trợ trao tặng"),
    fig("trị giá 500.000 đồng", "500.000", 500000, "money", "đồng/suất", subject="trị giá mỗi suất quà"),
]

NOTES = [
    "District portal (huyện Hải Hậu, Nam Định): banner, menu, 'Ngày đăng: 22/05/2024', 'Tin khác', footer with address and phone.",
    "Distractors: 'Sáng 21/5', 'giai đoạn 2021-2023' (a period), 'xóm 7', 'Khu 4', phone 0228.3877.125, 'năm 2024' in a link title.",
    "Location: the whole article is the district (Hải Hậu); xã Hải Phong is a commune of it, so the family's figures stay Hải Hậu.",
    "'139 trẻ' after 'trong đó' takes total 214. '71 trẻ (chiếm 56,3%)' has a percent, no total (no part-of cue).",
    "'ba chục cộng tác viên' = 30. 'mỗi tháng ... tập một lần' (a frequency in a quote) and 'hai mẹ con' (an idiom for mother and child) are optional. 'gần 3 triệu đồng' per monthly trip: đồng/tháng.",
    "'phấn đấu' (target) governs the first clause, 'dự kiến' (forecast) the second. The gifts 'Dịp này' carry no period.",
]

if __name__ == "__main__":
    write("p1430-2", TEXT, NOTES, FIGS, published="2024-05-22", location="Hải Hậu")
