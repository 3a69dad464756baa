"""p528-2: huyện Chương Mỹ (Hà Nội) district portal — kiểm tra ATTP dịp Tết Giáp Thìn 2024."""
from lib import F, P, INH, CH, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN CHƯƠNG MỸ
Trang chủ / Tin tức / Y tế - Giáo dục

Chương Mỹ: Kiểm tra 685 lượt cơ sở thực phẩm dịp Tết Giáp Thìn 2024

Thứ Năm, 22/02/2024 - 10:05

Từ ngày 15/12/2023 đến ngày 20/2/2024, Đoàn kiểm tra liên ngành về an toàn thực phẩm huyện và 32 đoàn kiểm tra của các xã, thị trấn đã kiểm tra 685 lượt cơ sở sản xuất, kinh doanh thực phẩm, dịch vụ ăn uống trên địa bàn huyện.

Kết quả, 631 cơ sở đạt yêu cầu (92,1%); 54 cơ sở vi phạm, trong đó nhắc nhở 38 cơ sở, xử phạt vi phạm hành chính 16 cơ sở với số tiền 86,5 triệu đồng, tăng 1,6 lần so với dịp Tết Quý Mão 2023. Các lỗi vi phạm chủ yếu là không có giấy xác nhận kiến thức, không khám sức khỏe định kỳ cho người trực tiếp chế biến thực phẩm.

Đoàn đã buộc tiêu hủy 215 kg thịt lợn, 120 kg chân gà không rõ nguồn gốc và 48 hộp bánh kẹo quá hạn sử dụng tại một cơ sở kinh doanh trên Quốc lộ 6, thị trấn Xuân Mai.

Trung tâm Y tế huyện thực hiện 420 mẫu test nhanh hàn the, formol, phẩm màu tại 6 chợ trên địa bàn, kết quả: 412 mẫu đạt, 8 mẫu không đạt (chiếm 1,9%). Trong dịp Tết, trên địa bàn huyện không xảy ra ngộ độc thực phẩm.

Dự kiến trong mùa lễ hội Xuân 2024, huyện sẽ thành lập 3 đoàn kiểm tra tại khu di tích chùa Trăm Gian, chùa Trầm, kiểm tra khoảng 150 cơ sở dịch vụ ăn uống phục vụ du khách.

Mọi phản ánh về an toàn thực phẩm xin liên hệ Phòng Y tế huyện, điện thoại 024.3386.6215.

Tác giả: Thu Hà - Trung tâm VH-TT&TT huyện
"""

TET = P("Từ ngày 15/12/2023 đến ngày 20/2/2024", "2023-12-15", "2024-02-20")
FIGS = [
    F("Kiểm tra 685 lượt", "685", 685, "count", "lượt cơ sở", "lượt cơ sở thực phẩm được kiểm tra dịp Tết"),
    F("và 32 đoàn", "32", 32, "count", "đoàn", "đoàn kiểm tra của các xã, thị trấn", TET),
    F("đã kiểm tra 685 lượt", "685", 685, "count", "lượt cơ sở",
      "lượt cơ sở sản xuất, kinh doanh thực phẩm, dịch vụ ăn uống được kiểm tra", TET),
    F("631 cơ sở", "631", 631, "count", "cơ sở", "cơ sở đạt yêu cầu", INH(TET), percent=92.1),
    F("54 cơ sở", "54", 54, "count", "cơ sở", "cơ sở vi phạm", INH(TET)),
    F("nhắc nhở 38 cơ sở", "38", 38, "count", "cơ sở", "cơ sở vi phạm bị nhắc nhở", INH(TET), total=54),
    F("hành chính 16 cơ sở", "16", 16, "count", "cơ sở", "cơ sở bị xử phạt vi phạm hành chính", INH(TET), total=54),
    F("tiền 86,5 triệu", "86,5", 86.5e6, "money", "đồng", "số tiền xử phạt vi phạm hành chính", INH(TET),
      change=CH("increase", 1.6, "lần", "dịp Tết Quý Mão 2023")),
    F("hủy 215 kg", "215", 215, "measure", "kg", "thịt lợn không rõ nguồn gốc buộc tiêu hủy", INH(TET)),
    F("120 kg", "120", 120, "measure", "kg", "chân gà không rõ nguồn gốc buộc tiêu hủy", INH(TET)),
    F("48 hộp", "48", 48, "count", "hộp", "bánh kẹo quá hạn sử dụng buộc tiêu hủy", INH(TET)),
    F("hiện 420 mẫu", "420", 420, "count", "mẫu", "mẫu test nhanh hàn the, formol, phẩm màu", INH(TET)),
    F("tại 6 chợ", "6", 6, "count", "chợ", "chợ được test nhanh", INH(TET)),
    F("412 mẫu đạt", "412", 412, "count", "mẫu", "mẫu test nhanh đạt", INH(TET), total=420),
    F("8 mẫu không đạt", "8", 8, "count", "mẫu", "mẫu test nhanh không đạt", INH(TET), total=420, percent=1.9),
    F("lập 3 đoàn", "3", 3, "count", "đoàn", "đoàn kiểm tra tại khu di tích mùa lễ hội Xuân 2024", status="forecast"),
    F("khoảng 150 cơ sở", "150", 150, "count", "cơ sở", "cơ sở dịch vụ ăn uống phục vụ du khách được kiểm tra",
      approx="about", status="forecast"),
]

COMMENTS = [
    "Cổng TTĐT huyện Chương Mỹ (Hà Nội): kiểm tra an toàn thực phẩm dịp Tết Giáp Thìn 2024 (15/12/2023–20/2/2024).",
    "'Thứ Năm, 22/02/2024 - 10:05' is the dateline. 'Tết Giáp Thìn 2024', 'Tết Quý Mão 2023', 'Quốc lộ 6', 'chùa Trăm Gian'",
    "(a number word inside a name), the phone number and the section path are not figures.",
    "'kết quả: 412 mẫu đạt, 8 mẫu không đạt' — parts after ':' that follows the whole 420 (they add up), so total 420.",
    "631 passing outlets follow 'Kết quả,' with no part-of cue: no total. The 38 + 16 after 'trong đó' add up to 54.",
    "'tăng 1,6 lần so với dịp Tết Quý Mão 2023' is the change of the 86,5 triệu fine (unit lần). 'Dự kiến' makes both plans forecast;",
    "'mùa lễ hội Xuân 2024' has no calendar bounds, so no period there. Location: the district (Chương Mỹ).",
]

if __name__ == "__main__":
    emit("p528-2", TEXT, COMMENTS, FIGS, published="2024-02-22", location="Chương Mỹ")
