"""p1042-5: provincial Party newspaper (Báo Đắk Lắk), doanh nghiệp chây ì nộp tiền thuê đất, 2023."""
from lib import F, P, I, C, build

TEXT = """
Nhiều doanh nghiệp chây ì nộp tiền thuê đất

Được Nhà nước cho thuê diện tích đất lớn nhưng nhiều doanh nghiệp trên địa bàn tỉnh Đắk Lắk vẫn chậm nộp tiền thuê đất kéo dài, gây thất thu ngân sách.

Theo Cục Thuế tỉnh, đến cuối tháng 10/2023, toàn tỉnh có 286 tổ chức, doanh nghiệp nợ tiền thuê đất với tổng số tiền hơn 315 tỷ đồng, tăng 12% so với đầu năm. Trong đó, 11 công ty nông, lâm nghiệp sau sắp xếp nợ 148,6 tỷ đồng, chiếm 47,2% tổng số nợ.

Điển hình, Công ty TNHH MTV Cà phê 721 nợ 27,4 tỷ đồng; Công ty TNHH MTV Lâm nghiệp Ea Wy nợ 19,8 tỷ đồng; Công ty cổ phần Cao su Phước Hòa Đắk Lắk nợ hơn 12 tỷ đồng, gồm cả tiền chậm nộp. Nhiều đơn vị đã nợ từ năm 2019 đến nay nhưng vẫn tiếp tục khai thác vườn cây trên đất thuê.

Ông Trần Văn Hai, Phó Cục trưởng Cục Thuế tỉnh cho biết, năm 2023 tỉnh được giao dự toán thu tiền thuê đất 180 tỷ đồng; 10 tháng mới thu được 126,5 tỷ đồng, đạt 70,3% dự toán. Từ đầu năm đến nay, cơ quan thuế đã ban hành 1.420 thông báo nợ, phong tỏa tài khoản của 37 đơn vị và đề nghị thu hồi đất của 3 dự án với tổng diện tích 1.245 ha.

Theo ông Hai, nguyên nhân chủ yếu là giá nông sản những năm trước xuống thấp, nhiều công ty thua lỗ, trong khi đơn giá thuê đất sau mỗi chu kỳ ổn định 5 năm lại được điều chỉnh tăng. Một số doanh nghiệp cố tình chây ì, chuyển nhượng tài sản trên đất để né tránh nghĩa vụ.

Tỉnh phấn đấu năm 2023 thu tiền thuê đất đạt 100% dự toán, đồng thời giảm số nợ xuống dưới 200 tỷ đồng.

MINH THUẬN
15/11/2023
"""

ASOF = P("đến cuối tháng 10/2023", None, "2023-10-31")
YTD = P("Từ đầu năm đến nay", "2023-01-01", "2023-11-15")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
TY = 1e9
LIST = "nợ tiền thuê đất của "

FIGS = [
    F("có 286 tổ chức", "286", 286, "count", "tổ chức, doanh nghiệp", "tổ chức, doanh nghiệp nợ tiền thuê đất", ASOF),
    F("hơn 315 tỷ đồng", "315", 315 * TY, "money", "đồng", "tổng số tiền nợ tiền thuê đất", ASOF,
      approx="over", change=C("increase", 12, baseline="đầu năm")),
    F("11 công ty", "11", 11, "count", "công ty", "công ty nông, lâm nghiệp sau sắp xếp nợ tiền thuê đất",
      I(ASOF), total=286),
    F("nợ 148,6 tỷ đồng", "148,6", 148.6 * TY, "money", "đồng", "nợ tiền thuê đất của công ty nông, lâm nghiệp",
      I(ASOF), total=315 * TY, percent=47.2),
    F("nợ 27,4 tỷ đồng", "27,4", 27.4 * TY, "money", "đồng", LIST + "Công ty TNHH MTV Cà phê 721", I(ASOF)),
    F("nợ 19,8 tỷ đồng", "19,8", 19.8 * TY, "money", "đồng", LIST + "Công ty TNHH MTV Lâm nghiệp Ea Wy", I(ASOF)),
    F("nợ hơn 12 tỷ đồng", "12", 12 * TY, "money", "đồng", LIST + "Công ty cổ phần Cao su Phước Hòa Đắk Lắk",
      I(ASOF), approx="over"),
    F("thuê đất 180 tỷ đồng", "180", 180 * TY, "money", "đồng", "dự toán thu tiền thuê đất", Y23, status="target"),
    F("được 126,5 tỷ đồng", "126,5", 126.5 * TY, "money", "đồng", "thu tiền thuê đất",
      P("10 tháng", "2023-01-01", "2023-10-31"), percent=70.3),
    F("1.420 thông báo", "1.420", 1420, "count", "thông báo", "thông báo nợ đã ban hành", YTD),
    F("của 37 đơn vị", "37", 37, "count", "đơn vị", "đơn vị bị phong tỏa tài khoản", YTD),
    F("của 3 dự án", "3", 3, "count", "dự án", "dự án đề nghị thu hồi đất", YTD),
    F("diện tích 1.245 ha", "1.245", 1245, "measure", "ha", "tổng diện tích đề nghị thu hồi", YTD),
    F("ổn định 5 năm", "5", 5, "measure", "năm", "chu kỳ ổn định đơn giá thuê đất", optional=True),
    F("đạt 100% dự toán", "100", 100, "percent", "%", "thu tiền thuê đất so với dự toán", Y23, status="target"),
    F("dưới 200 tỷ đồng", "200", 200 * TY, "money", "đồng", "số nợ tiền thuê đất", Y23,
      approx="under", status="target"),
]

COMMENTS = [
    "Provincial Party paper (Báo Đắk Lắk): land-rent debt of 286 lessees as of end-10/2023, debtor companies, collection, targets.",
    "Byline 'MINH THUẬN' and bare date 15/11/2023 at the end give published. 'Từ đầu năm đến nay' ends at published.",
    "Distractors: 'Cà phê 721' (company name), 'Trần Văn Hai' (number word in a name), 'từ năm 2019 đến nay', dates.",
    "11 công ty after 'Trong đó' are lessees among the 286 organisations: total 286. 'chu kỳ ổn định 5 năm' is a rule's spec (optional).",
    "The 180 tỷ plan is a figure (status target), so 126,5 tỷ carries no target attribute, only its share 70,3%.",
]

if __name__ == "__main__":
    build("p1042-5", TEXT, FIGS, COMMENTS, published="2023-11-15", location="Đắk Lắk")
