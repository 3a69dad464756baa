import sys; sys.path.insert(0, __import__("os").path.dirname(__file__))
from lib import emit, F, P, C, T

text = """Thanh Hóa: 9 tháng năm 2024, hơn 14.800 người được hưởng trợ cấp thất nghiệp
Cập nhật: 08/10/2024 15:20
Lượt xem: 2.317

Theo Sở Lao động - Thương binh và Xã hội, 9 tháng năm 2024, Trung tâm Dịch vụ việc làm tỉnh đã tiếp nhận 16.215 hồ sơ đề nghị hưởng trợ cấp thất nghiệp, tăng 12,4% so với cùng kỳ năm 2023. Trong đó, 14.862 hồ sơ đã có quyết định hưởng trợ cấp thất nghiệp, chiếm 91,66%; 1.353 hồ sơ bị trả lại do người lao động đã có việc làm mới hoặc chuyển hưởng tại địa phương khác.

Tổng số tiền chi trả trợ cấp thất nghiệp ước đạt 318,6 tỷ đồng. Mức hưởng bình quân khoảng 4,9 triệu đồng/người/tháng.

Các địa phương có số người hưởng trợ cấp thất nghiệp cao là thị xã Nghi Sơn (2.845 người), thành phố Thanh Hóa (2.311 người), huyện Triệu Sơn (1.092 người) và huyện Hoằng Hóa (987 người). Nguyên nhân chủ yếu do một số doanh nghiệp da giày, may mặc thiếu đơn hàng, cắt giảm lao động; riêng một doanh nghiệp giày tại Khu công nghiệp Lễ Môn đã cho thôi việc hơn 1.200 lao động trong quý II/2024.

Công tác tư vấn, giới thiệu việc làm cho người thất nghiệp được chú trọng với 38.540 lượt người được tư vấn, giới thiệu việc làm (đạt 102,8% kế hoạch năm); trong đó 2.176 lượt người được giới thiệu nhận việc thành công. Bên cạnh đó, 412 người được hỗ trợ học nghề với kinh phí gần 2,1 tỷ đồng; các nghề được đăng ký nhiều nhất là may công nghiệp, điện dân dụng và lái xe ô tô hạng C.

Năm 2024, tỉnh phấn đấu giải quyết việc làm cho 62.000 lao động, trong đó đưa 12.000 người đi làm việc ở nước ngoài theo hợp đồng. Người lao động cần tư vấn có thể liên hệ Trung tâm Dịch vụ việc làm Thanh Hóa, số 3 Hạc Thành, phường Điện Biên, điện thoại 0237.3852.590.
"""

N9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
N9i = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inh=True)
figs = [
    F("hơn 14.800 người", "14.800", 14800, "count", "người", "người được hưởng trợ cấp thất nghiệp", N9, approx="over"),
    F("tiếp nhận 16.215 hồ sơ", "16.215", 16215, "count", "hồ sơ", "hồ sơ đề nghị hưởng trợ cấp thất nghiệp", N9,
      change=C("increase", 12.4, baseline="cùng kỳ năm 2023")),
    F("Trong đó, 14.862 hồ sơ", "14.862", 14862, "count", "hồ sơ", "hồ sơ đã có quyết định hưởng trợ cấp thất nghiệp", N9i,
      total=16215, percent=91.66),
    F("; 1.353 hồ sơ", "1.353", 1353, "count", "hồ sơ", "hồ sơ bị trả lại", N9i, total=16215),
    F("ước đạt 318,6 tỷ đồng", "318,6", 318.6e9, "money", "đồng", "tổng số tiền chi trả trợ cấp thất nghiệp", N9i, status="estimate"),
    F("khoảng 4,9 triệu đồng", "4,9", 4.9e6, "money", "đồng/người/tháng", "mức hưởng bình quân", N9i, approx="about"),
    F("Nghi Sơn (2.845 người)", "2.845", 2845, "count", "người", "người hưởng trợ cấp thất nghiệp", N9i, location="Nghi Sơn"),
    F("Thanh Hóa (2.311 người)", "2.311", 2311, "count", "người", "người hưởng trợ cấp thất nghiệp", N9i, location="Thanh Hóa"),
    F("Triệu Sơn (1.092 người)", "1.092", 1092, "count", "người", "người hưởng trợ cấp thất nghiệp", N9i, location="Triệu Sơn"),
    F("Hoằng Hóa (987 người)", "987", 987, "count", "người", "người hưởng trợ cấp thất nghiệp", N9i, location="Hoằng Hóa"),
    F("hơn 1.200 lao động", "1.200", 1200, "count", "lao động", "lao động bị cho thôi việc",
      P("quý II/2024", "2024-04-01", "2024-06-30"), approx="over"),
    F("với 38.540 lượt người", "38.540", 38540, "count", "lượt người", "lượt người được tư vấn, giới thiệu việc làm", N9i, percent=102.8),
    F("trong đó 2.176 lượt người", "2.176", 2176, "count", "lượt người", "lượt người được giới thiệu nhận việc thành công", N9i, total=38540),
    F("412 người được hỗ trợ học nghề", "412", 412, "count", "người", "người được hỗ trợ học nghề", N9i),
    F("gần 2,1 tỷ đồng", "2,1", 2.1e9, "money", "đồng", "kinh phí hỗ trợ học nghề", N9i, approx="nearly"),
    F("cho 62.000 lao động", "62.000", 62000, "count", "lao động", "lao động được giải quyết việc làm",
      P("Năm 2024", "2024-01-01", "2024-12-31"), status="target"),
    F("đưa 12.000 người", "12.000", 12000, "count", "người", "người đi làm việc ở nước ngoài theo hợp đồng",
      P("Năm 2024", "2024-01-01", "2024-12-31"), status="target", total=62000),
]
header = [
    "Cổng TTĐT tỉnh Thanh Hóa (province portal): unemployment-insurance results, 9 months 2024. Dateline 'Cập nhật: 08/10/2024 15:20' + view counter.",
    "Distractors: 'Lượt xem: 2.317', 'số 3 Hạc Thành' (address), phone 0237.3852.590, 'hạng C' (licence class), 'Khu công nghiệp Lễ Môn'.",
    "'Trong đó' after the received dossiers: decided (with its 'chiếm' share) and returned dossiers are parts (total 16.215).",
    "District list: each item's district/town/city is the location, subject the list's indicator; period inherited from the first paragraph.",
    "'(đạt 102,8% kế hoạch năm)' is the percent of 38.540; 'trong đó 2.176 lượt người' is its part. 2024 plan: status target, 12.000 part of 62.000.",
]
emit("p449-1", text, header, {"published": "2024-10-08", "location": "Thanh Hóa"}, figs)
