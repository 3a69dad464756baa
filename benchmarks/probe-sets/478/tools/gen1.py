import sys
sys.path.insert(0, __import__("os").path.dirname(__file__))
from lib import *

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế - Tài chính
HĐND tỉnh phê chuẩn quyết toán ngân sách địa phương năm 2023: kết dư hơn 312 tỷ đồng
Cập nhật: 11/12/2024 16:05
Lượt xem: 1.482

Chiều 10/12, tại Kỳ họp thứ 29, HĐND tỉnh Quảng Trị khóa VIII đã biểu quyết thông qua Nghị quyết số 84/NQ-HĐND phê chuẩn quyết toán ngân sách địa phương năm 2023.

Theo đó, tổng thu ngân sách nhà nước trên địa bàn năm 2023 đạt 4.128,6 tỷ đồng, bằng 103,2% dự toán Trung ương giao, giảm 6,4% so với năm 2022. Trong đó, thu nội địa 3.402,1 tỷ đồng; thu từ hoạt động xuất nhập khẩu qua cửa khẩu Lao Bảo 726,5 tỷ đồng.

Tổng thu ngân sách địa phương quyết toán là 15.946,2 tỷ đồng, gồm thu bổ sung từ ngân sách cấp trên 9.517,4 tỷ đồng, thu chuyển nguồn từ năm trước 2.315,8 tỷ đồng và các khoản thu khác. Tổng chi ngân sách địa phương là 15.633,9 tỷ đồng, trong đó chi đầu tư phát triển 4.271,3 tỷ đồng, chiếm 27,3%; chi thường xuyên 8.902,6 tỷ đồng.

Kết dư ngân sách địa phương năm 2023 là 312,3 tỷ đồng (cấp tỉnh 198,4 tỷ đồng, cấp huyện 87,6 tỷ đồng, cấp xã 26,3 tỷ đồng). Bội chi ngân sách địa phương thực hiện 48,5 tỷ đồng, dự toán HĐND tỉnh giao là 95 tỷ đồng. Dư nợ vay của ngân sách tỉnh tính đến 31/12/2023 là 186,7 tỷ đồng, bằng 9,6% mức dư nợ vay tối đa.

HĐND tỉnh yêu cầu UBND tỉnh chấn chỉnh tình trạng chuyển nguồn lớn, phấn đấu đến năm 2025 thu nội địa chiếm trên 85% tổng thu ngân sách trên địa bàn.

Cổng Thông tin điện tử tỉnh Quảng Trị
Địa chỉ: Số 45 Hùng Vương, TP Đông Hà. Điện thoại: 0233.3852.114"""

Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
FIGS = [
    fig("kết dư hơn 312 tỷ đồng", "312", 312e9, "money", "đồng", "kết dư ngân sách địa phương", Y23, approx="over"),
    fig("đạt 4.128,6 tỷ đồng", "4.128,6", 4128.6e9, "money", "đồng", "tổng thu ngân sách nhà nước trên địa bàn", Y23,
        percent=103.2, change=chg("decrease", 6.4, baseline="năm 2022")),
    fig("thu nội địa 3.402,1 tỷ", "3.402,1", 3402.1e9, "money", "đồng", "thu nội địa", inh(Y23), total=4128.6e9),
    fig("Lao Bảo 726,5 tỷ đồng", "726,5", 726.5e9, "money", "đồng", "thu từ hoạt động xuất nhập khẩu", inh(Y23), total=4128.6e9),
    fig("quyết toán là 15.946,2 tỷ đồng", "15.946,2", 15946.2e9, "money", "đồng", "tổng thu ngân sách địa phương quyết toán", inh(Y23)),
    fig("cấp trên 9.517,4 tỷ đồng", "9.517,4", 9517.4e9, "money", "đồng", "thu bổ sung từ ngân sách cấp trên", inh(Y23), total=15946.2e9),
    fig("năm trước 2.315,8 tỷ đồng", "2.315,8", 2315.8e9, "money", "đồng", "thu chuyển nguồn từ năm trước", inh(Y23), total=15946.2e9),
    fig("địa phương là 15.633,9 tỷ đồng", "15.633,9", 15633.9e9, "money", "đồng", "tổng chi ngân sách địa phương", inh(Y23)),
    fig("phát triển 4.271,3 tỷ đồng", "4.271,3", 4271.3e9, "money", "đồng", "chi đầu tư phát triển", inh(Y23), total=15633.9e9, percent=27.3),
    fig("thường xuyên 8.902,6 tỷ đồng", "8.902,6", 8902.6e9, "money", "đồng", "chi thường xuyên", inh(Y23), total=15633.9e9),
    fig("năm 2023 là 312,3 tỷ đồng", "312,3", 312.3e9, "money", "đồng", "kết dư ngân sách địa phương", Y23),
    fig("cấp tỉnh 198,4 tỷ đồng", "198,4", 198.4e9, "money", "đồng", "kết dư ngân sách cấp tỉnh", inh(Y23), total=312.3e9),
    fig("cấp huyện 87,6 tỷ đồng", "87,6", 87.6e9, "money", "đồng", "kết dư ngân sách cấp huyện", inh(Y23), total=312.3e9),
    fig("cấp xã 26,3 tỷ đồng", "26,3", 26.3e9, "money", "đồng", "kết dư ngân sách cấp xã", inh(Y23), total=312.3e9),
    fig("thực hiện 48,5 tỷ đồng", "48,5", 48.5e9, "money", "đồng", "bội chi ngân sách địa phương", inh(Y23), target=tgt(95e9, "đồng")),
    fig("là 186,7 tỷ đồng", "186,7", 186.7e9, "money", "đồng", "dư nợ vay của ngân sách tỉnh",
        per("tính đến 31/12/2023", None, "2023-12-31"), percent=9.6),
    fig("chiếm trên 85%", "85", 85, "percent", "%", "tỷ trọng thu nội địa trong tổng thu ngân sách trên địa bàn",
        per("đến năm 2025", None, "2025-12-31"), approx="over", status="target"),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Quảng Trị: HĐND tỉnh phê chuẩn quyết toán ngân sách địa phương năm 2023 (province portal, breadcrumb, Cập nhật, Lượt xem).",
    "Not figures: Lượt xem 1.482, 'Chiều 10/12', Kỳ họp thứ 29, khóa VIII, Nghị quyết số 84/NQ-HĐND, Số 45 Hùng Vương, phone 0233.3852.114.",
    "Parts after 'Trong đó'/'gồm'/'trong đó' take the whole before the cue; the bracketed kết dư breakdown adds up to 312,3 tỷ (total).",
    "'dự toán HĐND tỉnh giao là 95 tỷ đồng' is the plan of the bội chi figure: target attribute, not a figure of its own.",
]

if __name__ == "__main__":
    emit("p478-1", TEXT, COMMENTS, FIGS, published="2024-12-11", location="Quảng Trị")
