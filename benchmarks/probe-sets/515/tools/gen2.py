"""p515-2: district portal (huyện Vũ Thư, Thái Bình) — QR payments in markets ("Chợ 4.0")."""
from lib import F, P, inh, CH, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN VŨ THƯ
Tin tức > Kinh tế
Ngày xuất bản: 14/06/2024 15:20

Vũ Thư: 1.265 hộ tiểu thương tại 11 chợ thanh toán bằng mã QR

Thực hiện Kế hoạch số 58/KH-UBND ngày 15/3/2024 của UBND huyện về xây dựng mô hình "Chợ 4.0 - chợ không dùng tiền mặt", đến ngày 10/6/2024, trên địa bàn huyện đã có 11/14 chợ triển khai thanh toán không dùng tiền mặt với 1.265 hộ tiểu thương treo mã QR, chiếm 78,3% tổng số hộ kinh doanh cố định tại chợ. Trong đó, chợ Búng có số hộ tham gia nhiều nhất với 246 hộ, tiếp đến là chợ Tam Lạc 187 hộ, chợ thị trấn Vũ Thư 152 hộ.

Ước tính 5 tháng đầu năm 2024, giá trị giao dịch qua mã QR tại các chợ đạt khoảng 18,6 tỷ đồng với hơn 92.000 giao dịch, tăng gấp 2,4 lần so với cùng kỳ năm 2023. Các ngân hàng trên địa bàn như Agribank chi nhánh Vũ Thư, BIDV, VietinBank đã mở mới 3.480 tài khoản thanh toán cho tiểu thương và người dân, hỗ trợ in miễn phí 1.400 bảng mã QR.

Đáng chú ý, 100% hộ kinh doanh tại chợ Búng đã chấp nhận thanh toán QR; tiền thuê ki-ốt tại 4 chợ được thu hoàn toàn qua ứng dụng ngân hàng. Mức thu bình quân khoảng 150.000 đồng/ki-ốt/tháng.

Bà Phạm Thị Hạnh, tiểu thương kinh doanh tại ki-ốt số 12 chợ Búng, cho biết mỗi ngày có khoảng 30 đến 40% khách hàng trả tiền bằng quét mã.

Mục tiêu đến hết năm 2024, 14/14 chợ trên địa bàn huyện triển khai thanh toán bằng mã QR, tỷ lệ hộ tiểu thương tham gia đạt từ 85 đến 90%.

Chợ Búng nằm trên Quốc lộ 10, thuộc xã Song Lãng. Mọi thông tin liên hệ: Phòng Kinh tế và Hạ tầng huyện, ĐT: 0227.3826.215.
"""

ASOF = P("đến ngày 10/6/2024", end="2024-06-10")
M5 = P("5 tháng đầu năm 2024", "2024-01-01", "2024-05-31")
END24 = P("đến hết năm 2024", end="2024-12-31")
SUBJ = "hộ tiểu thương treo mã QR"

FIGS = [
    F("Vũ Thư: 1.265 hộ", "1.265", 1265, "count", "hộ tiểu thương", "hộ tiểu thương thanh toán bằng mã QR", inh(ASOF)),
    F("tại 11 chợ thanh", "11", 11, "count", "chợ", "chợ thanh toán bằng mã QR", inh(ASOF)),
    F("có 11/14 chợ", "11", 11, "count", "chợ", "chợ triển khai thanh toán không dùng tiền mặt", ASOF, total=14),
    F("với 1.265 hộ", "1.265", 1265, "count", "hộ tiểu thương", SUBJ, ASOF, percent=78.3),
    F("với 246 hộ", "246", 246, "count", "hộ", SUBJ + " chợ Búng", inh(ASOF), total=1265),
    F("Tam Lạc 187 hộ", "187", 187, "count", "hộ", SUBJ + " chợ Tam Lạc", inh(ASOF), total=1265),
    F("thị trấn Vũ Thư 152 hộ", "152", 152, "count", "hộ", SUBJ + " chợ thị trấn Vũ Thư", inh(ASOF), total=1265),
    F("khoảng 18,6 tỷ đồng", "18,6", 18.6e9, "money", "đồng", "giá trị giao dịch qua mã QR tại các chợ", M5,
      approx="about", status="estimate"),
    F("hơn 92.000 giao dịch", "92.000", 92000, "count", "giao dịch", "giao dịch qua mã QR tại các chợ", M5,
      approx="over", status="estimate", change=CH("increase", 2.4, "lần", "cùng kỳ năm 2023")),
    F("mở mới 3.480 tài khoản", "3.480", 3480, "count", "tài khoản",
      "tài khoản thanh toán mở mới cho tiểu thương và người dân"),
    F("miễn phí 1.400 bảng", "1.400", 1400, "count", "bảng mã QR", "bảng mã QR in miễn phí"),
    F("Đáng chú ý, 100% hộ", "100", 100, "percent", "%", "hộ kinh doanh tại chợ Búng chấp nhận thanh toán QR"),
    F("tại 4 chợ", "4", 4, "count", "chợ", "chợ thu tiền thuê ki-ốt qua ứng dụng ngân hàng"),
    F("khoảng 150.000 đồng/ki-ốt/tháng", "150.000", 150000, "money", "đồng/ki-ốt/tháng",
      "mức thu bình quân tiền thuê ki-ốt", approx="about"),
    F("khoảng 30 đến 40%", "30", 30, "percent", "%", "khách hàng trả tiền bằng quét mã", value_max=40,
      approx="about"),
    F("2024, 14/14 chợ", "14", 14, "count", "chợ", "chợ triển khai thanh toán bằng mã QR", END24, total=14,
      status="target"),
    F("từ 85 đến 90%", "85", 85, "percent", "%", "tỷ lệ hộ tiểu thương tham gia", END24, value_max=90,
      status="target"),
]

COMMENTS = [
    "Cổng TTĐT huyện Vũ Thư (invented): mô hình 'Chợ 4.0', tiểu thương thanh toán bằng mã QR (6/2024).",
    "Distractors: 'Kế hoạch số 58/KH-UBND ngày 15/3/2024', 'Chợ 4.0', 'ki-ốt số 12', 'Quốc lộ 10', phone 0227.3826.215, dateline.",
    "Markets are not places: the market name stays in the subject of the 'Trong đó' list (246/187/152 hộ, total 1.265 by the cue).",
    "'tăng gấp 2,4 lần so với cùng kỳ' follows '92.000 giao dịch': its change (lần). 'Ước tính' governs both 18,6 tỷ and 92.000.",
    "'mỗi ngày' is no figure; 'Mục tiêu đến hết năm 2024' -> target, as-of end 2024-12-31. Location: the district.",
]

if __name__ == "__main__":
    emit("p515-2", TEXT, COMMENTS, FIGS, published="2024-06-14", location="Vũ Thư")
