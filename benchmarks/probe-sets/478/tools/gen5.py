import sys
sys.path.insert(0, __import__("os").path.dirname(__file__))
from lib import *

TEXT = """Kinh tế

Thu ngân sách 9 tháng đạt gần 5.900 tỷ đồng

Theo Sở Tài chính, 9 tháng năm 2024, tổng thu ngân sách nhà nước trên địa bàn tỉnh Thái Bình ước đạt 5.874 tỷ đồng, bằng 78,3% dự toán năm, tăng 12,6% so với cùng kỳ. Trong đó, thu nội địa ước đạt 4.982 tỷ đồng; thu từ hoạt động xuất nhập khẩu 892 tỷ đồng, tăng 21,4%. Riêng Nhà máy Nhiệt điện Thái Bình 2 nộp ngân sách 418 tỷ đồng.

Thu tiền sử dụng đất tiếp tục là điểm sáng với 1.937 tỷ đồng, vượt 7,6% dự toán. Có 5/8 huyện, thành phố thu vượt tiến độ, dẫn đầu là huyện Tiền Hải (đạt 96,2% dự toán), huyện Vũ Thư (91,5%), thành phố Thái Bình (88,7%).

Tổng chi ngân sách địa phương 9 tháng ước thực hiện 9.215 tỷ đồng, bằng 68,9% dự toán; trong đó chi đầu tư phát triển 3.406 tỷ đồng, chi thường xuyên 5.541 tỷ đồng. Tỷ lệ giải ngân vốn đầu tư công đến ngày 30/9/2024 đạt 61,3% kế hoạch vốn Thủ tướng Chính phủ giao.

Trong 9 tháng, tỉnh đã trả nợ gốc các khoản vay lại vốn ODA 24,5 tỷ đồng; dư nợ vay của ngân sách tỉnh còn khoảng 392 tỷ đồng, chủ yếu từ dự án đường ven biển và Dự án cấp nước sạch nông thôn vùng 3.

Đồng chí Phó Giám đốc Sở Tài chính cho biết, quý IV, tỉnh phấn đấu thu ngân sách cả năm đạt trên 7.500 tỷ đồng; tỷ lệ giải ngân vốn đầu tư công đạt 95% trở lên; đồng thời rà soát, thu hồi các khoản tạm ứng quá hạn.

Thu Hằng
08/10/2024"""

M9 = per("9 tháng năm 2024", "2024-01-01", "2024-09-30")
FIGS = [
    fig("gần 5.900 tỷ đồng", "5.900", 5900e9, "money", "đồng", "thu ngân sách",
        per("9 tháng", "2024-01-01", "2024-09-30"), approx="nearly"),
    fig("ước đạt 5.874 tỷ đồng", "5.874", 5874e9, "money", "đồng", "tổng thu ngân sách nhà nước trên địa bàn tỉnh", M9,
        percent=78.3, change=chg("increase", 12.6, baseline="cùng kỳ"), status="estimate"),
    fig("ước đạt 4.982 tỷ đồng", "4.982", 4982e9, "money", "đồng", "thu nội địa", inh(M9), total=5874e9, status="estimate"),
    fig("khẩu 892 tỷ đồng", "892", 892e9, "money", "đồng", "thu từ hoạt động xuất nhập khẩu", inh(M9), total=5874e9,
        change=chg("increase", 21.4), status="estimate"),
    fig("nộp ngân sách 418 tỷ đồng", "418", 418e9, "money", "đồng", "Nhà máy Nhiệt điện Thái Bình 2 nộp ngân sách", inh(M9)),
    fig("với 1.937 tỷ đồng", "1.937", 1937e9, "money", "đồng", "thu tiền sử dụng đất", inh(M9),
        change=chg("increase", 7.6, baseline="dự toán")),
    fig("Có 5/8 huyện", "5", 5, "count", "huyện, thành phố", "huyện, thành phố thu vượt tiến độ", inh(M9), total=8),
    fig("đạt 96,2% dự toán", "96,2", 96.2, "percent", "%", "thu ngân sách so với dự toán", inh(M9), location="Tiền Hải"),
    fig("(91,5%)", "91,5", 91.5, "percent", "%", "thu ngân sách so với dự toán", inh(M9), location="Vũ Thư"),
    fig("(88,7%)", "88,7", 88.7, "percent", "%", "thu ngân sách so với dự toán", inh(M9), location="Thái Bình"),
    fig("thực hiện 9.215 tỷ đồng", "9.215", 9215e9, "money", "đồng", "tổng chi ngân sách địa phương",
        per("9 tháng", "2024-01-01", "2024-09-30"), percent=68.9, status="estimate"),
    fig("phát triển 3.406 tỷ đồng", "3.406", 3406e9, "money", "đồng", "chi đầu tư phát triển",
        per("9 tháng", "2024-01-01", "2024-09-30"), total=9215e9, status="estimate"),
    fig("thường xuyên 5.541 tỷ đồng", "5.541", 5541e9, "money", "đồng", "chi thường xuyên",
        per("9 tháng", "2024-01-01", "2024-09-30"), total=9215e9, status="estimate"),
    fig("đạt 61,3% kế hoạch", "61,3", 61.3, "percent", "%", "tỷ lệ giải ngân vốn đầu tư công",
        per("đến ngày 30/9/2024", None, "2024-09-30")),
    fig("ODA 24,5 tỷ đồng", "24,5", 24.5e9, "money", "đồng", "trả nợ gốc các khoản vay lại vốn ODA",
        per("Trong 9 tháng", "2024-01-01", "2024-09-30")),
    fig("khoảng 392 tỷ đồng", "392", 392e9, "money", "đồng", "dư nợ vay của ngân sách tỉnh", approx="about"),
    fig("trên 7.500 tỷ đồng", "7.500", 7500e9, "money", "đồng", "thu ngân sách",
        per("cả năm", "2024-01-01", "2024-12-31"), approx="over", status="target"),
    fig("đạt 95% trở lên", "95", 95, "percent", "%", "tỷ lệ giải ngân vốn đầu tư công",
        per("cả năm", "2024-01-01", "2024-12-31"), approx="at_least", status="target"),
]

COMMENTS = [
    "Báo Thái Bình (Party newspaper): thu, chi ngân sách 9 tháng năm 2024; byline 'Thu Hằng' and bare date '08/10/2024' at the end.",
    "Not figures: 'Nhà máy Nhiệt điện Thái Bình 2', 'vùng 3' (names), 'quý IV' (a period), 'đến ngày 30/9/2024'.",
    "Headline '9 tháng' takes 2024 from published. 'vượt 7,6% dự toán' after 1.937 tỷ is its change against plan (baseline dự toán).",
    "District list after '5/8 huyện, thành phố': items are percent figures, location the district (thành phố Thái Bình -> Thái Bình), subject",
    "the list's indicator. Status 'ước' runs into the 'Trong đó …; …' parts and into the chi 'trong đó' parts. '392 tỷ' has no period phrase.",
    "'cả năm' targets: period 2024 (year from '9 tháng năm 2024'); '95% trở lên' -> at_least.",
]

if __name__ == "__main__":
    emit("p478-5", TEXT, COMMENTS, FIGS, published="2024-10-08", location="Thái Bình")
