"""p818-2: quận Hải Châu (Đà Nẵng) district portal, August 2023 inspections of spas and cosmetics shops."""
from lib import F, build, change, period

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ QUẬN HẢI CHÂU
Tin hoạt động > Văn hóa - Xã hội

Hải Châu kiểm tra cơ sở spa, thẩm mỹ trong tháng 8
Thứ Ba, 12/09/2023 - 16:05

Trong tháng 8/2023, Đoàn kiểm tra liên ngành về an toàn thực phẩm và mỹ phẩm quận (Đoàn 389 quận) đã kiểm tra 46 cơ sở kinh doanh mỹ phẩm, spa, gội đầu dưỡng sinh và chăm sóc sắc đẹp tại 9 phường. Trong số 46 cơ sở được kiểm tra, có 19 cơ sở vi phạm, chiếm 41,3%.

Đoàn đã lập biên bản xử phạt 15 cơ sở, tổng số tiền phạt 127,5 triệu đồng; nhắc nhở 4 cơ sở do vi phạm nhỏ. Hành vi vi phạm chủ yếu là kinh doanh mỹ phẩm không có hóa đơn, chứng từ (8 cơ sở), không niêm yết giá dịch vụ (6 cơ sở), người hành nghề chưa có chứng chỉ (5 cơ sở). Lực lượng chức năng tạm giữ 1.128 sản phẩm mỹ phẩm gồm kem dưỡng da, serum, son môi không rõ nguồn gốc để xử lý theo quy định.

Đáng chú ý, một cơ sở thẩm mỹ trên đường 2 Tháng 9, phường Bình Hiên tự ý thực hiện dịch vụ nâng mũi, cắt mí mắt khi chưa được Sở Y tế cấp phép; đoàn đã chuyển hồ sơ đến Thanh tra Sở Y tế đề nghị phạt 60 triệu đồng và đình chỉ hoạt động 18 tháng.

So với tháng 7/2023, số cơ sở được kiểm tra tăng 11 cơ sở nhưng số tiền phạt giảm khoảng 20%. Từ đầu năm đến nay, Đoàn 389 quận đã kiểm tra 214 lượt cơ sở, xử phạt gần 390 triệu đồng.

Theo kế hoạch, trong tháng 9 và tháng 10, đoàn sẽ tập trung kiểm tra các cơ sở trên các tuyến đường Nguyễn Văn Linh, Hoàng Diệu, Lê Đình Dương.

Minh Anh (Phòng Y tế quận)
"""

P8 = period("tháng 8/2023", "2023-08-01", "2023-08-31")
P8i = period("tháng 8/2023", "2023-08-01", "2023-08-31", inherited=True)
PYTD = period("Từ đầu năm đến nay", "2023-01-01", "2023-09-12")

FIGS = [
    F("kiểm tra 46 cơ sở", "46", 46, "count", "cơ sở",
      subject="cơ sở kinh doanh mỹ phẩm, spa, gội đầu dưỡng sinh và chăm sóc sắc đẹp được kiểm tra", period=P8),
    F("tại 9 phường", "9", 9, "count", "phường",
      subject="phường có cơ sở được kiểm tra", period=P8),
    F("có 19 cơ sở", "19", 19, "count", "cơ sở", total=46, percent=41.3,
      subject="cơ sở vi phạm", period=P8i),
    F("xử phạt 15 cơ sở", "15", 15, "count", "cơ sở",
      subject="cơ sở bị lập biên bản xử phạt", period=P8i),
    F("phạt 127,5 triệu đồng", "127,5", 127.5e6, "money", "đồng",
      subject="tổng số tiền phạt", period=P8i),
    F("nhắc nhở 4 cơ sở", "4", 4, "count", "cơ sở",
      subject="cơ sở bị nhắc nhở do vi phạm nhỏ", period=P8i),
    F("chứng từ (8 cơ sở)", "8", 8, "count", "cơ sở",
      subject="cơ sở vi phạm kinh doanh mỹ phẩm không có hóa đơn, chứng từ", period=P8i),
    F("dịch vụ (6 cơ sở)", "6", 6, "count", "cơ sở",
      subject="cơ sở vi phạm không niêm yết giá dịch vụ", period=P8i),
    F("chỉ (5 cơ sở)", "5", 5, "count", "cơ sở",
      subject="cơ sở vi phạm người hành nghề chưa có chứng chỉ", period=P8i),
    F("tạm giữ 1.128 sản phẩm", "1.128", 1128, "count", "sản phẩm",
      subject="sản phẩm mỹ phẩm không rõ nguồn gốc bị tạm giữ", period=P8i),
    F("đề nghị phạt 60 triệu đồng", "60", 60e6, "money", "đồng",
      subject="tiền phạt đề nghị đối với cơ sở thẩm mỹ nâng mũi, cắt mí mắt chưa được cấp phép", period=P8i),
    F("hoạt động 18 tháng", "18", 18, "measure", "tháng",
      subject="thời gian đình chỉ hoạt động đề nghị", period=P8i),
    F("tăng 11 cơ sở", "11", 11, "count", "cơ sở",
      subject="số cơ sở được kiểm tra tăng so với tháng 7/2023", period=P8i),
    F("giảm khoảng 20%", "20", 20, "percent", "%", approx="about",
      subject="số tiền phạt giảm so với tháng 7/2023", period=P8i),
    F("kiểm tra 214 lượt cơ sở", "214", 214, "count", "lượt cơ sở",
      subject="lượt cơ sở được Đoàn 389 quận kiểm tra", period=PYTD),
    F("gần 390 triệu đồng", "390", 390e6, "money", "đồng", approx="nearly",
      subject="số tiền xử phạt", period=PYTD),
]

COMMENTS = [
    "Cổng TTĐT quận Hải Châu (Đà Nẵng): kiểm tra cơ sở spa, mỹ phẩm tháng 8/2023 (invented, probe set 818).",
    "Not figures: 'Đoàn 389' (a name), 'đường 2 Tháng 9' (a street), 'Thứ Ba, 12/09/2023 - 16:05', 'tháng 7/2023' (baseline), 'tháng 9 và tháng 10'.",
    "'Trong số 46 cơ sở …, có 19 cơ sở' gives total 46. The bracketed violation types (8, 6, 5) follow no whole: no total.",
    "'tăng 11 cơ sở' and 'giảm khoảng 20%' stand without a base amount in their sentence: figures of their own, no change object.",
    "The proposed 60-million fine and 18-month suspension are recorded as actual (no estimate/target/forecast cue).",
    "Location: the district Hải Châu for every figure; wards (Bình Hiên) are below district level.",
]

if __name__ == "__main__":
    build("p818-2", TEXT, FIGS, COMMENTS, published="2023-09-12", location="Hải Châu")
