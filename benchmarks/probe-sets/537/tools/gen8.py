"""p537-8: provincial police portal (Công an tỉnh Đồng Tháp) — criminal case of illegal sand mining, 10-month statistics."""
from lib import F, P, I, CH, emit

TEXT = """CÔNG AN TỈNH ĐỒNG THÁP
Trang chủ / Tin tức - Sự kiện / Phòng chống tội phạm

Khởi tố 11 bị can trong đường dây khai thác cát trái phép trên sông Tiền
12/11/2023 09:30

Ngày 10/11, Cơ quan Cảnh sát điều tra Công an tỉnh Đồng Tháp đã ra quyết định khởi tố vụ án, khởi tố 11 bị can về tội "Vi phạm quy định về nghiên cứu, thăm dò, khai thác tài nguyên" theo Điều 227 Bộ luật Hình sự.

Theo kết quả điều tra, từ tháng 3/2023 đến tháng 9/2023, nhóm đối tượng sử dụng 4 tàu hút với tổng công suất máy 1.360 CV để khai thác cát ngoài ranh giới mỏ được cấp phép trên sông Tiền. Mỗi đêm, nhóm này hút khoảng 600-700 m³ cát; tổng khối lượng cát khai thác trái phép xác định được là hơn 52.000 m³, tương đương khoảng 78.000 tấn, trị giá trên 9,3 tỷ đồng. Cơ quan điều tra đã tạm giữ 4 tàu hút, 2 sà lan trọng tải 500 tấn và phong tỏa 3 tài khoản ngân hàng với số dư 1,7 tỷ đồng.

Cũng theo Công an tỉnh, 10 tháng năm 2023, lực lượng chức năng đã phát hiện 64 vụ khai thác cát trái phép, tăng 12 vụ so với cùng kỳ, trong đó khởi tố 5 vụ, chiếm 7,8%. Tổng số tiền xử phạt hành chính là 3,42 tỷ đồng, tịch thu hơn 6.100 m³ cát.

Người dân có thể cung cấp thông tin về tội phạm qua số điện thoại 069.2606.113 hoặc trực tiếp tại trụ sở số 05 Võ Trường Toản, phường 1, TP. Cao Lãnh.
"""

CASE = P("từ tháng 3/2023 đến tháng 9/2023", "2023-03-01", "2023-09-30")
M10 = P("10 tháng năm 2023", "2023-01-01", "2023-10-31")

FIGS = [
    F("Khởi tố 11 bị can", "11", 11, "count", "bị can",
      subject="bị can trong đường dây khai thác cát trái phép khởi tố"),
    F("khởi tố 11 bị can về", "11", 11, "count", "bị can", subject="bị can khởi tố"),
    F("sử dụng 4 tàu hút", "4", 4, "count", "tàu hút", subject="tàu hút sử dụng", period=CASE),
    F("máy 1.360 CV", "1.360", 1360, "measure", "CV", subject="tổng công suất máy", period=CASE),
    F("khoảng 600-700 m³", "600", 600, "measure", "m³/đêm", value_max=700, approx="about",
      subject="cát hút mỗi đêm", period=I(CASE)),
    F("hơn 52.000 m³", "52.000", 52000, "measure", "m³", approx="over",
      subject="tổng khối lượng cát khai thác trái phép", period=I(CASE)),
    F("khoảng 78.000 tấn", "78.000", 78000, "measure", "tấn", approx="about",
      subject="tổng khối lượng cát khai thác trái phép", period=I(CASE)),
    F("trên 9,3 tỷ đồng", "9,3", 9300000000, "money", "đồng", approx="over",
      subject="trị giá cát khai thác trái phép", period=I(CASE)),
    F("giữ 4 tàu hút", "4", 4, "count", "tàu hút", subject="tàu hút tạm giữ"),
    F("2 sà lan", "2", 2, "count", "sà lan", subject="sà lan tạm giữ"),
    F("trọng tải 500 tấn", "500", 500, "measure", "tấn", subject="trọng tải sà lan"),
    F("tỏa 3 tài khoản", "3", 3, "count", "tài khoản", subject="tài khoản ngân hàng phong tỏa"),
    F("dư 1,7 tỷ đồng", "1,7", 1700000000, "money", "đồng", subject="số dư tài khoản phong tỏa"),
    F("phát hiện 64 vụ", "64", 64, "count", "vụ",
      change=CH("increase", 12, "vụ", baseline="cùng kỳ"),
      subject="vụ khai thác cát trái phép phát hiện", period=M10),
    F("khởi tố 5 vụ", "5", 5, "count", "vụ", total=64, percent=7.8,
      subject="vụ khởi tố", period=M10),
    F("là 3,42 tỷ đồng", "3,42", 3420000000, "money", "đồng",
      subject="tổng số tiền xử phạt hành chính", period=I(M10)),
    F("hơn 6.100 m³", "6.100", 6100, "measure", "m³", approx="over",
      subject="cát tịch thu", period=I(M10)),
]

COMMENTS = [
    "Công an tỉnh Đồng Tháp portal (breadcrumb, '12/11/2023 09:30' under the headline): criminal case of illegal sand mining + 10-month stats.",
    "All figures describe Đồng Tháp (the case is 'trên sông Tiền', no district named). 'từ tháng 3/2023 đến tháng 9/2023' is the case period.",
    "'tương đương khoảng 78.000 tấn' is an equivalent amount in another unit: its own figure (as shared h01). 'Mỗi đêm ... 600-700 m³' -> m³/đêm.",
    "'64 vụ ..., trong đó khởi tố 5 vụ, chiếm 7,8%' -> total 64 and percent 7,8 (5/64).",
    "Not figures: 'Ngày 10/11', 09:30, Điều 227 Bộ luật Hình sự, phone 069.2606.113, số 05 Võ Trường Toản, phường 1.",
]

if __name__ == "__main__":
    emit("p537-8", TEXT, COMMENTS, FIGS, published="2023-11-12", location="Đồng Tháp")
