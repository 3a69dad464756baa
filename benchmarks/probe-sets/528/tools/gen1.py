"""p528-1: Nghệ An province portal — Tháng hành động vì ATTP 2024 (15/4–15/5/2024)."""
from lib import F, P, INH, CH, emit

TEXT = """Trang chủ > Tin tức - Sự kiện > Văn hóa - Xã hội

Nghệ An xử phạt gần 1,2 tỷ đồng vi phạm an toàn thực phẩm trong Tháng hành động

Cập nhật: 28/05/2024 16:42

(Cổng TTĐT) - Ngày 27/5, Ban Chỉ đạo liên ngành về an toàn thực phẩm tỉnh Nghệ An tổ chức hội nghị đánh giá kết quả Tháng hành động vì an toàn thực phẩm năm 2024 (từ ngày 15/4 đến 15/5/2024) theo Kế hoạch số 236/KH-UBND.

Trong Tháng hành động, toàn tỉnh thành lập 512 đoàn kiểm tra, trong đó tuyến tỉnh 9 đoàn, tuyến huyện 41 đoàn và tuyến xã 462 đoàn. Các đoàn đã kiểm tra 11.436 cơ sở sản xuất, kinh doanh thực phẩm và dịch vụ ăn uống, phát hiện 1.027 cơ sở vi phạm, chiếm 8,98%; xử phạt 214 cơ sở với tổng số tiền gần 1,2 tỷ đồng, tăng 18,5% so với cùng kỳ năm 2023.

Địa phương có số tiền phạt cao nhất là TP. Vinh (312 triệu đồng), tiếp đến là các huyện Quỳnh Lưu (148 triệu đồng), Diễn Châu (126,5 triệu đồng) và thị xã Cửa Lò (97 triệu đồng). Lực lượng chức năng buộc tiêu hủy khoảng 3,4 tấn thực phẩm không rõ nguồn gốc, quá hạn sử dụng, trị giá hơn 215 triệu đồng.

Tuyến tỉnh đã lấy 386 mẫu thực phẩm gửi kiểm nghiệm, trong đó 352 mẫu đạt yêu cầu (91,2%). Các đoàn tuyến huyện, xã thực hiện 2.140 mẫu test nhanh tại chợ và bếp ăn tập thể, trong đó 37 mẫu không đạt.

Từ đầu năm đến nay, trên địa bàn tỉnh xảy ra 1 vụ ngộ độc thực phẩm với 19 người mắc, không có trường hợp tử vong.

Năm 2024, tỉnh phấn đấu 100% bếp ăn tập thể trong trường học được kiểm tra, giám sát; tỷ lệ cơ sở vi phạm dưới 8%. Người dân phát hiện vi phạm có thể phản ánh qua đường dây nóng 0238.3844.125 hoặc trực tiếp tại Chi cục An toàn vệ sinh thực phẩm, số 18 Trường Thi, TP. Vinh.

Lượt xem: 1.284
"""

TM = P("Tháng hành động vì an toàn thực phẩm năm 2024", "2024-04-15", "2024-05-15")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-05-28")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
FIGS = [
    F("xử phạt gần 1,2 tỷ", "1,2", 1.2e9, "money", "đồng", "tiền xử phạt vi phạm an toàn thực phẩm", approx="nearly"),
    F("thành lập 512 đoàn", "512", 512, "count", "đoàn", "đoàn kiểm tra", INH(TM)),
    F("tuyến tỉnh 9 đoàn", "9", 9, "count", "đoàn", "đoàn kiểm tra tuyến tỉnh", INH(TM), total=512),
    F("tuyến huyện 41 đoàn", "41", 41, "count", "đoàn", "đoàn kiểm tra tuyến huyện", INH(TM), total=512),
    F("tuyến xã 462 đoàn", "462", 462, "count", "đoàn", "đoàn kiểm tra tuyến xã", INH(TM), total=512),
    F("kiểm tra 11.436 cơ sở", "11.436", 11436, "count", "cơ sở",
      "cơ sở sản xuất, kinh doanh thực phẩm và dịch vụ ăn uống được kiểm tra", INH(TM)),
    F("phát hiện 1.027 cơ sở", "1.027", 1027, "count", "cơ sở", "cơ sở vi phạm", INH(TM), percent=8.98),
    F("xử phạt 214 cơ sở", "214", 214, "count", "cơ sở", "cơ sở bị xử phạt", INH(TM)),
    F("tiền gần 1,2 tỷ đồng", "1,2", 1.2e9, "money", "đồng", "tổng số tiền xử phạt", INH(TM), approx="nearly",
      change=CH("increase", 18.5, "%", "cùng kỳ năm 2023")),
    F("Vinh (312 triệu", "312", 312e6, "money", "đồng", "số tiền phạt", INH(TM), location="Vinh"),
    F("Quỳnh Lưu (148 triệu", "148", 148e6, "money", "đồng", "số tiền phạt", INH(TM), location="Quỳnh Lưu"),
    F("Diễn Châu (126,5 triệu", "126,5", 126.5e6, "money", "đồng", "số tiền phạt", INH(TM), location="Diễn Châu"),
    F("Cửa Lò (97 triệu", "97", 97e6, "money", "đồng", "số tiền phạt", INH(TM), location="Cửa Lò"),
    F("khoảng 3,4 tấn", "3,4", 3.4, "measure", "tấn", "thực phẩm không rõ nguồn gốc, quá hạn sử dụng buộc tiêu hủy",
      INH(TM), approx="about"),
    F("hơn 215 triệu", "215", 215e6, "money", "đồng", "trị giá thực phẩm buộc tiêu hủy", INH(TM), approx="over"),
    F("lấy 386 mẫu", "386", 386, "count", "mẫu", "mẫu thực phẩm gửi kiểm nghiệm tuyến tỉnh", INH(TM)),
    F("đó 352 mẫu", "352", 352, "count", "mẫu", "mẫu thực phẩm đạt yêu cầu", INH(TM), total=386, percent=91.2),
    F("hiện 2.140 mẫu", "2.140", 2140, "count", "mẫu", "mẫu test nhanh tại chợ và bếp ăn tập thể", INH(TM)),
    F("đó 37 mẫu", "37", 37, "count", "mẫu", "mẫu test nhanh không đạt", INH(TM), total=2140),
    F("ra 1 vụ", "1", 1, "count", "vụ", "vụ ngộ độc thực phẩm", YTD),
    F("với 19 người", "19", 19, "count", "người", "người mắc ngộ độc thực phẩm", YTD),
    F("phấn đấu 100%", "100", 100, "percent", "%", "tỷ lệ bếp ăn tập thể trong trường học được kiểm tra, giám sát",
      Y24, status="target"),
    F("dưới 8%", "8", 8, "percent", "%", "tỷ lệ cơ sở vi phạm", Y24, approx="under", status="target"),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Nghệ An: kết quả Tháng hành động vì an toàn thực phẩm năm 2024 (15/4–15/5/2024).",
    "'Cập nhật: 28/05/2024 16:42' is the dateline; 'Lượt xem: 1.284', 'Kế hoạch số 236/KH-UBND', the hotline and 'số 18 Trường Thi' are not figures.",
    "The Tháng hành động period is stated in the lead, so the inspection figures carry it as inherited (unscored).",
    "1.027 violating outlets: no part-of cue after the 11.436 inspected (no 'trong đó', '/', 'trong số'), so no total; 'chiếm 8,98%' is its percent.",
    "The two 'trong đó' clauses give totals 386 and 2.140; the 9/41/462 teams add up to 512.",
    "'Từ đầu năm đến nay' runs to the dateline (2024-05-28). District fines go to location (Vinh, Quỳnh Lưu, Diễn Châu, Cửa Lò).",
]

if __name__ == "__main__":
    emit("p528-1", TEXT, COMMENTS, FIGS, published="2024-05-28", location="Nghệ An")
