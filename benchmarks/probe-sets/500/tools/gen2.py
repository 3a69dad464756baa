"""p500-2: Cổng TTĐT huyện Lục Nam (Bắc Giang) — phiên họp thường kỳ tháng 10/2024, KT-XH 10 tháng."""
from lib import F, P, I, CH, T, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN LỤC NAM
Trang chủ > Tin tức - Sự kiện > Kinh tế
Thứ Năm, 31/10/2024 - 16:05

Lục Nam: 10 tháng, giá trị sản xuất công nghiệp tăng 12,4%

Ngày 30/10, UBND huyện Lục Nam tổ chức phiên họp thường kỳ tháng 10 đánh giá tình hình kinh tế - xã hội 10 tháng năm 2024, triển khai nhiệm vụ 2 tháng cuối năm.

Theo báo cáo, giá trị sản xuất công nghiệp - tiểu thủ công nghiệp (giá so sánh 2010) tháng 10 ước đạt 412,5 tỷ đồng; lũy kế 10 tháng ước đạt 3.918,6 tỷ đồng, tăng 12,4% so với cùng kỳ, bằng 83,2% kế hoạch năm. Cụm công nghiệp Đồi Ngô và Cụm công nghiệp Huyền Sơn thu hút thêm 3 dự án mới.

Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ 10 tháng đạt 2.735 tỷ đồng, tăng 9,6%. Vụ mùa, toàn huyện gieo trồng 8.520 ha, bằng 100,6% kế hoạch; năng suất lúa ước đạt 54,2 tạ/ha.

Tính đến ngày 25/10/2024, thu ngân sách nhà nước trên địa bàn đạt 286,4/310 tỷ đồng dự toán, trong đó thu tiền sử dụng đất 198,2 tỷ đồng; chi ngân sách địa phương 612,8 tỷ đồng. Toàn huyện cấp mới 46 giấy chứng nhận đăng ký doanh nghiệp, nâng tổng số doanh nghiệp đang hoạt động lên 512 doanh nghiệp. Giải quyết việc làm cho 2.140 lao động, đạt 97,3% kế hoạch; trong đó xuất khẩu lao động 385 lao động.

Phát biểu kết luận, Chủ tịch UBND huyện đề nghị các xã, thị trấn tập trung thu hồi nợ đọng thuế, phấn đấu thu ngân sách năm 2024 đạt trên 350 tỷ đồng; hoàn thành giải phóng mặt bằng tuyến đường nối Quốc lộ 31 với Quốc lộ 37 trước ngày 15/12.

Văn phòng HĐND và UBND huyện Lục Nam - Điện thoại: 0204.3884.105
"""

M10 = P("10 tháng", "2024-01-01", "2024-10-31")
ASOF = P("Tính đến ngày 25/10/2024", None, "2024-10-25")

FIGS = [
    F("tháng, giá trị sản xuất công nghiệp tăng 12,4%", "12,4", 12.4, "percent", "%",
      "giá trị sản xuất công nghiệp", M10),
    F("ước đạt 412,5 tỷ đồng", "412,5", 412500000000, "money", "đồng",
      "giá trị sản xuất công nghiệp - tiểu thủ công nghiệp tháng 10",
      P("tháng 10", "2024-10-01", "2024-10-31"), status="estimate"),
    F("ước đạt 3.918,6 tỷ đồng", "3.918,6", 3918600000000, "money", "đồng",
      "giá trị sản xuất công nghiệp - tiểu thủ công nghiệp lũy kế 10 tháng", M10,
      percent=83.2, change=CH("increase", 12.4, baseline="cùng kỳ"), status="estimate"),
    F("thêm 3 dự án", "3", 3, "count", "dự án",
      "dự án mới thu hút vào Cụm công nghiệp Đồi Ngô và Cụm công nghiệp Huyền Sơn"),
    F("đạt 2.735 tỷ đồng", "2.735", 2735000000000, "money", "đồng",
      "tổng mức bán lẻ hàng hóa và doanh thu dịch vụ", M10, change=CH("increase", 9.6)),
    F("trồng 8.520 ha", "8.520", 8520, "measure", "ha",
      "diện tích gieo trồng vụ mùa", percent=100.6),
    F("đạt 54,2 tạ/ha", "54,2", 54.2, "measure", "tạ/ha",
      "năng suất lúa", status="estimate"),
    F("đạt 286,4/310 tỷ đồng", "286,4", 286400000000, "money", "đồng",
      "thu ngân sách nhà nước trên địa bàn", ASOF, target=T(310000000000, "đồng")),
    F("đất 198,2 tỷ đồng", "198,2", 198200000000, "money", "đồng",
      "thu tiền sử dụng đất", ASOF, total=286400000000),
    F("phương 612,8 tỷ đồng", "612,8", 612800000000, "money", "đồng",
      "chi ngân sách địa phương", ASOF),
    F("cấp mới 46 giấy", "46", 46, "count", "giấy chứng nhận đăng ký doanh nghiệp",
      "giấy chứng nhận đăng ký doanh nghiệp cấp mới"),
    F("lên 512 doanh nghiệp", "512", 512, "count", "doanh nghiệp",
      "tổng số doanh nghiệp đang hoạt động"),
    F("cho 2.140 lao động", "2.140", 2140, "count", "lao động",
      "lao động được giải quyết việc làm", percent=97.3),
    F("động 385 lao động", "385", 385, "count", "lao động",
      "xuất khẩu lao động", total=2140),
    F("trên 350 tỷ đồng", "350", 350000000000, "money", "đồng",
      "thu ngân sách", P("năm 2024", "2024-01-01", "2024-12-31"), approx="over", status="target"),
]

COMMENTS = [
    "Cổng TTĐT huyện Lục Nam (Bắc Giang): phiên họp thường kỳ tháng 10/2024 — công nghiệp, bán lẻ, vụ mùa, thu chi ngân sách, doanh nghiệp, việc làm.",
    "Dateline 'Thứ Năm, 31/10/2024 - 16:05'. Location is the district, Lục Nam. Not figures: 'giá so sánh 2010', 'Ngày 30/10', '2 tháng cuối năm' (a period),",
    "'Quốc lộ 31', 'Quốc lộ 37', 'trước ngày 15/12', the phone number, 'phiên họp thường kỳ tháng 10'.",
    "The headline 12,4% stands alone (a growth rate as the claim, period '10 tháng' of 2024, no 'ước' in the headline: actual).",
    "'286,4/310 tỷ đồng dự toán' gives target 310 tỷ (plan), not a total. The land-use revenue after 'trong đó' is its part.",
    "'bằng 100,6% kế hoạch', 'đạt 97,3% kế hoạch' are percent attributes. '385 lao động' after 'trong đó' is a part of the 2.140 lao động.",
    "The 3.918,6 tỷ carries the change 12,4% and the share 83,2%; 'năng suất lúa ước đạt' is an estimate; the closing '350 tỷ' is a target.",
]

if __name__ == "__main__":
    emit("p500-2", TEXT, COMMENTS, FIGS, published="2024-10-31", location="Lục Nam")
