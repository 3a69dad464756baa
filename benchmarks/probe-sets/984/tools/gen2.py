"""p984-2: district portal (huyện Lý Sơn, Quảng Ngãi), 7 months of 2023: VMS, lost connections, catch."""
from lib import F, asof, change, inh, months, write

TEXT = """
CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN LÝ SƠN
Trang chủ / Tin tức / Kinh tế - Nông nghiệp
15/08/2023 14:30

Lý Sơn tăng cường quản lý tàu cá mất kết nối giám sát hành trình

Sáng 14/8, UBND huyện Lý Sơn tổ chức hội nghị triển khai các giải pháp cao điểm chống khai thác hải sản bất hợp pháp, không báo cáo và không theo quy định (IUU) tại hội trường huyện, số 08 đường Đinh Tiên Hoàng, xã An Vĩnh.

Theo báo cáo của Phòng Nông nghiệp và Phát triển nông thôn, toàn huyện hiện có 412 tàu cá, trong đó 236 tàu có chiều dài từ 15 m trở lên. Đến nay, 233 tàu đã lắp đặt thiết bị giám sát hành trình (GSHT), đạt 98,7%; ba tàu còn lại đang sửa chữa trên bờ nên chưa lắp.

Trong 7 tháng đầu năm 2023, hệ thống giám sát ghi nhận 58 lượt tàu của huyện mất kết nối trên 6 giờ, gấp 1,6 lần cùng kỳ năm trước; trong đó 41 lượt đã được chủ tàu giải trình hợp lý. Huyện đã chuyển hồ sơ của 4 tàu mất kết nối quá 10 ngày không rõ lý do đến Chi cục Thủy sản Quảng Ngãi để xử lý theo Nghị định số 42/2019/NĐ-CP.

Về sản xuất, 7 tháng qua ngư dân Lý Sơn khai thác được khoảng 9.800 tấn hải sản các loại, đạt 61% kế hoạch năm; riêng sản lượng bốc dỡ qua cảng cá Lý Sơn ước đạt 3.250 tấn. Giá cá ngừ sọc dưa tại cảng dao động từ 28.000 đến 32.000 đồng/kg.

Phấn đấu đến cuối năm 2023, 100% tàu cá thuộc diện phải lắp đặt duy trì hoạt động thiết bị GSHT khi ra khơi, không để tàu cá của huyện vi phạm vùng biển nước ngoài. Huyện cũng hỗ trợ 50% chi phí thuê bao thiết bị cho 120 tàu của hộ nghèo, mức hỗ trợ 1,2 triệu đồng/tàu/năm.

Nguồn: Phòng NN&PTNT huyện Lý Sơn
"""

NOW = asof("2023-08-15", "Đến nay")
M7 = months(2023, 1, 7, "7 tháng đầu năm 2023")
M7q = months(2023, 1, 7, "7 tháng qua")

FIGS = [
    F("có 412 tàu cá", "412", 412, "count", "tàu cá", "tàu cá toàn huyện"),
    F("236 tàu", "236", 236, "count", "tàu", "tàu có chiều dài từ 15 m trở lên", total=412),
    F("từ 15 m trở lên", "15", 15, "measure", "m", "chiều dài tàu", approx="at_least", optional=True),
    F("233 tàu", "233", 233, "count", "tàu", "tàu đã lắp đặt thiết bị giám sát hành trình", NOW, percent=98.7),
    F("ba tàu còn lại", "ba", 3, "count", "tàu", "tàu còn lại chưa lắp thiết bị", NOW),
    F("58 lượt tàu", "58", 58, "count", "lượt tàu", "lượt tàu mất kết nối trên 6 giờ", M7,
      change=change("increase", 1.6, "lần", "cùng kỳ năm trước")),
    F("trên 6 giờ", "6", 6, "measure", "giờ", "ngưỡng thời gian mất kết nối", approx="over", optional=True),
    F("41 lượt", "41", 41, "count", "lượt", "lượt mất kết nối được chủ tàu giải trình hợp lý", M7, total=58),
    F("của 4 tàu", "4", 4, "count", "tàu", "tàu mất kết nối quá 10 ngày không rõ lý do bị chuyển hồ sơ xử lý", inh(M7)),
    F("quá 10 ngày", "10", 10, "measure", "ngày", "ngưỡng thời gian mất kết nối", approx="over", optional=True),
    F("khoảng 9.800 tấn", "9.800", 9800, "measure", "tấn", "hải sản khai thác", M7q, approx="about", percent=61),
    F("ước đạt 3.250 tấn", "3.250", 3250, "measure", "tấn", "sản lượng bốc dỡ qua cảng cá Lý Sơn", M7q, status="estimate"),
    F("28.000 đến 32.000", "28.000", 28000, "money", "đồng/kg", "giá cá ngừ sọc dưa tại cảng", value_max=32000),
    F("100% tàu cá", "100", 100, "percent", "%", "tàu cá thuộc diện phải lắp đặt duy trì hoạt động thiết bị GSHT khi ra khơi",
      asof("2023-12-31", "đến cuối năm 2023"), status="target"),
    F("hỗ trợ 50%", "50", 50, "percent", "%", "hỗ trợ chi phí thuê bao thiết bị"),
    F("cho 120 tàu", "120", 120, "count", "tàu", "tàu của hộ nghèo được hỗ trợ chi phí thuê bao"),
    F("1,2 triệu đồng/tàu/năm", "1,2", 1.2e6, "money", "đồng/tàu/năm", "mức hỗ trợ chi phí thuê bao thiết bị"),
]

NOTES = [
    "District portal of huyện Lý Sơn (Quảng Ngãi): VMS installation, lost connections and catch, 7 months of 2023. Location is the district.",
    "'Đến nay' ends at the page date 15/08/2023. 'gấp 1,6 lần cùng kỳ' right after a count is that count's change (unit lần);",
    "'41 lượt' after 'trong đó' is part of 58. The 4 boats sent to Chi cục Thủy sản Quảng Ngãi are still Lý Sơn's.",
    "'Sáng 14/8', '14:30', 'số 08 đường Đinh Tiên Hoàng', 'Nghị định số 42/2019/NĐ-CP' are not figures. Thresholds are optional.",
]

if __name__ == "__main__":
    write(2, TEXT, FIGS, NOTES, published="2023-08-15", location="Lý Sơn")
