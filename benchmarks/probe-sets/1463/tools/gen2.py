"""p1463-2: district portal (huyện Hải Hậu, Nam Định): watch-repair class for people with disabilities."""
from lib import F, period, inherit, change, target, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN HẢI HẬU - TỈNH NAM ĐỊNH
Trang chủ | Tin tức - Sự kiện | Lao động - Việc làm | Văn bản chỉ đạo

Bế giảng lớp dạy nghề sửa chữa đồng hồ cho người khuyết tật

18/06/2024 - 10:20

Ngày 17/6, Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện Hải Hậu tổ chức bế giảng lớp đào tạo nghề sửa chữa đồng hồ cho lao động là người khuyết tật năm 2024. Lớp học có 25 học viên, trong đó 9 học viên nữ, đến từ 14 xã, thị trấn trong huyện.

Khóa học kéo dài 3 tháng với 420 giờ học, gồm 90 giờ lý thuyết và 330 giờ thực hành về thay pin, thay dây, lau dầu, sửa bộ máy đồng hồ điện tử và đồng hồ cơ. Kết quả, 23/25 học viên đạt yêu cầu và được cấp chứng chỉ sơ cấp nghề. Mỗi học viên được hỗ trợ tiền ăn 30.000 đồng/ngày và một bộ dụng cụ sửa chữa trị giá 1,2 triệu đồng; tổng kinh phí lớp học gần 186 triệu đồng từ nguồn ngân sách huyện.

Từ năm 2021 đến nay, huyện đã mở 6 lớp nghề sửa chữa đồng hồ, điện tử dân dụng cho 142 người khuyết tật; khoảng 70% học viên có việc làm sau đào tạo với thu nhập từ 4 đến 6 triệu đồng/tháng.

Anh Trần Văn Khởi (xóm 5, xã Hải Minh), học viên khóa năm 2022, nay đã mở ki-ốt sửa đồng hồ tại chợ Cồn. Mỗi ngày anh nhận sửa 8-10 chiếc, thu nhập hơn 200.000 đồng/ngày. "Có nghề trong tay, tôi tự nuôi được bản thân và hai con nhỏ", anh Khởi chia sẻ.

Năm 2025, huyện dự kiến mở thêm hai lớp nghề sửa chữa đồng hồ, điện thoại cho khoảng 50 người khuyết tật và con em hộ nghèo.

Nguồn: Phòng Lao động - TB&XH huyện
Tin khác:
- Hội nghị triển khai công tác giảm nghèo bền vững
- Ra quân Tháng hành động vì trẻ em

Địa chỉ: Khu 4, thị trấn Yên Định, huyện Hải Hậu, tỉnh Nam Định. Điện thoại: 0228.3877.225
"""

SINCE = period("Từ năm 2021 đến nay", "2021-01-01", "2024-06-18")
Y25 = period("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("có 25 học viên", "25", 25, "count", "học viên", subject="học viên lớp đào tạo nghề sửa chữa đồng hồ"),
    F("9 học viên nữ", "9", 9, "count", "học viên", total=25, subject="học viên nữ"),
    F("từ 14 xã", "14", 14, "count", "xã, thị trấn", subject="xã, thị trấn có học viên"),
    F("kéo dài 3 tháng", "3", 3, "measure", "tháng", subject="thời gian khóa học", optional=True),
    F("với 420 giờ", "420", 420, "measure", "giờ", subject="giờ học của khóa học"),
    F("gồm 90 giờ", "90", 90, "measure", "giờ", total=420, subject="giờ lý thuyết"),
    F("và 330 giờ", "330", 330, "measure", "giờ", total=420, subject="giờ thực hành"),
    F("23/25 học viên", "23", 23, "count", "học viên", total=25,
      subject="học viên đạt yêu cầu và được cấp chứng chỉ sơ cấp nghề"),
    F("ăn 30.000 đồng/ngày", "30.000", 30000, "money", "đồng/ngày", subject="tiền ăn hỗ trợ mỗi học viên"),
    F("và một bộ dụng cụ", "một", 1, "count", "bộ", subject="bộ dụng cụ sửa chữa hỗ trợ mỗi học viên",
      optional=True),
    F("trị giá 1,2 triệu", "1,2", 1.2e6, "money", "đồng", subject="trị giá bộ dụng cụ sửa chữa"),
    F("gần 186 triệu", "186", 186e6, "money", "đồng", approx="nearly", subject="tổng kinh phí lớp học"),
    F("mở 6 lớp", "6", 6, "count", "lớp",
      subject="lớp nghề sửa chữa đồng hồ, điện tử dân dụng huyện đã mở", period=SINCE),
    F("cho 142 người", "142", 142, "count", "người khuyết tật", subject="người khuyết tật được đào tạo nghề",
      period=SINCE),
    F("khoảng 70%", "70", 70, "percent", "%", approx="about",
      subject="tỷ lệ học viên có việc làm sau đào tạo", period=SINCE),
    F("từ 4 đến 6 triệu", "4", 4e6, "money", "đồng/tháng", value_max=6e6,
      subject="thu nhập của học viên có việc làm sau đào tạo", period=SINCE),
    F("sửa 8-10 chiếc", "8", 8, "measure", "chiếc/ngày", value_max=10,
      subject="đồng hồ anh Khởi nhận sửa mỗi ngày"),
    F("hơn 200.000 đồng/ngày", "200.000", 200000, "money", "đồng/ngày", approx="over",
      subject="thu nhập của anh Khởi"),
    F("và hai con nhỏ", "hai", 2, "count", "con", subject="con nhỏ của anh Khởi", optional=True),
    F("thêm hai lớp", "hai", 2, "count", "lớp", status="forecast",
      subject="lớp nghề sửa chữa đồng hồ, điện thoại huyện mở thêm", period=Y25),
    F("khoảng 50 người", "50", 50, "count", "người", approx="about", status="forecast",
      subject="người khuyết tật và con em hộ nghèo được học nghề", period=Y25),
]

NOTES = [
    "District portal (huyện Hải Hậu, Nam Định): watch-repair class for people with disabilities; '18/06/2024 - 10:20' under the headline.",
    "Distractors: 'Ngày 17/6', 'năm 2024' in the class name, 'khóa năm 2022', 'xóm 5', 'Khu 4', phone 0228.3877.225, 10:20.",
    "'trong đó 9 học viên nữ' → total 25; 'gồm 90 giờ ... và 330 giờ' → total 420; '23/25' → total 25.",
    "Optional: the course length 'kéo dài 3 tháng' (a duration, but also the course's size); 'một bộ dụng cụ' per learner",
    "(an indefinite 'a set' as much as a count); 'hai con nhỏ' in a quote (a personal detail).",
    "'Từ năm 2021 đến nay' ends at the dateline 2024-06-18 and governs the whole ';' sentence (6 lớp, 142, 70%, income).",
    "'Mỗi ngày anh nhận sửa 8-10 chiếc' is a rate: measure 'chiếc/ngày'. 'dự kiến' → forecast for both 2025 figures.",
    "Location: district Hải Hậu throughout (the portal is the district's).",
    "revised after the first run: '420 giờ học' subject 'thời lượng khóa học' → 'giờ học của khóa học' (the sentence's words).",
]

if __name__ == "__main__":
    write("p1463-2", TEXT, NOTES, FIGS, published="2024-06-18", location="Hải Hậu")
