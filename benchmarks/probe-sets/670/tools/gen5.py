"""p670-5: Báo Thái Bình (Party newspaper), policy loans for people released from prison."""
from lib import F, P, INH, CH, TG, emit

TEXT = """BÁO THÁI BÌNH - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH THÁI BÌNH
Xã hội

Hơn 21 tỷ đồng vốn vay giúp người chấp hành xong án phạt tù làm ăn lương thiện

Sau hơn 1 năm triển khai Quyết định số 22/2023/QĐ-TTg ngày 17/8/2023 của Thủ tướng Chính phủ về tín dụng đối với người chấp hành xong án phạt tù, tính đến ngày 30/6/2024, Ngân hàng Chính sách xã hội (NHCSXH) chi nhánh tỉnh Thái Bình đã cho 287 khách hàng vay vốn với doanh số cho vay đạt 21.640 triệu đồng.

Trong đó, 279 khách hàng là cá nhân vay để sản xuất, kinh doanh với mức vay bình quân 73 triệu đồng/khách hàng; 8 khách hàng là cơ sở sản xuất, kinh doanh có sử dụng lao động là người chấp hành xong án phạt tù.

Hiện dư nợ chương trình đạt 21.015 triệu đồng, chiếm 0,36% tổng dư nợ của chi nhánh; chưa phát sinh nợ quá hạn. Dư nợ tập trung ở các huyện Quỳnh Phụ (3.420 triệu đồng), Thái Thụy (3.105 triệu đồng), Tiền Hải (2.870 triệu đồng) và Hưng Hà (2.650 triệu đồng).

Theo quy định, cá nhân được vay tối đa 100 triệu đồng, cơ sở sản xuất, kinh doanh được vay tối đa 2 tỷ đồng/dự án với lãi suất 7,8%/năm; lãi suất nợ quá hạn bằng 130% lãi suất cho vay.

Anh Đỗ Văn T. (SN 1986, thôn 3, xã Thụy Hải, huyện Thái Thụy) ra tù năm 2022, được vay 80 triệu đồng để nuôi 12 con bò sinh sản. Mỗi năm gia đình anh thu lãi khoảng 90 triệu đồng.

Năm 2024, NHCSXH tỉnh phấn đấu tăng dư nợ chương trình thêm 5 tỷ đồng, ưu tiên người mới trở về địa phương.

Minh Châu
15/07/2024
"""

AS = P("tính đến ngày 30/6/2024", None, "2024-06-30")
IAS = INH(AS)
DN = "dư nợ cho vay người chấp hành xong án phạt tù"

FIGS = [
    F("Hơn 21 tỷ đồng", "21", 21e9, "money", "đồng",
      "vốn vay giúp người chấp hành xong án phạt tù", IAS, approx="over"),
    F("cho 287 khách hàng", "287", 287, "count", "khách hàng",
      "khách hàng vay vốn người chấp hành xong án phạt tù", AS),
    F("đạt 21.640 triệu", "21.640", 21640e6, "money", "đồng", "doanh số cho vay", AS),
    F("279 khách hàng", "279", 279, "count", "khách hàng", "khách hàng là cá nhân vay để sản xuất, kinh doanh",
      IAS, total=287),
    F("73 triệu đồng/khách hàng", "73", 73e6, "money", "đồng/khách hàng", "mức vay bình quân", IAS),
    F("; 8 khách hàng", "8", 8, "count", "khách hàng",
      "khách hàng là cơ sở sản xuất, kinh doanh có sử dụng lao động là người chấp hành xong án phạt tù", IAS, total=287),
    F("đạt 21.015 triệu", "21.015", 21015e6, "money", "đồng", "dư nợ chương trình", IAS, percent=0.36),
    F("Quỳnh Phụ (3.420 triệu", "3.420", 3420e6, "money", "đồng", DN, IAS, location="Quỳnh Phụ"),
    F("Thái Thụy (3.105 triệu", "3.105", 3105e6, "money", "đồng", DN, IAS, location="Thái Thụy"),
    F("Tiền Hải (2.870 triệu", "2.870", 2870e6, "money", "đồng", DN, IAS, location="Tiền Hải"),
    F("Hưng Hà (2.650 triệu", "2.650", 2650e6, "money", "đồng", DN, IAS, location="Hưng Hà"),
    F("tối đa 100 triệu", "100", 100e6, "money", "đồng", "mức vay đối với cá nhân", approx="at_most"),
    F("tối đa 2 tỷ", "2", 2e9, "money", "đồng/dự án", "mức vay đối với cơ sở sản xuất, kinh doanh",
      approx="at_most"),
    F("lãi suất 7,8%", "7,8", 7.8, "percent", "%", "lãi suất cho vay"),
    F("bằng 130%", "130", 130, "percent", "%", "lãi suất nợ quá hạn so với lãi suất cho vay"),
    F("vay 80 triệu", "80", 80e6, "money", "đồng", "vốn vay của anh Đỗ Văn T.", location="Thái Thụy"),
    F("nuôi 12 con bò", "12", 12, "count", "con bò", "bò sinh sản anh Đỗ Văn T. nuôi", location="Thái Thụy"),
    F("khoảng 90 triệu", "90", 90e6, "money", "đồng", "lãi thu mỗi năm của gia đình anh Đỗ Văn T.",
      approx="about", location="Thái Thụy"),
    F("thêm 5 tỷ", "5", 5e9, "money", "đồng", "tăng dư nợ chương trình",
      P("Năm 2024", "2024-01-01", "2024-12-31"), status="target"),
]

COMMENTS = [
    "Báo Thái Bình (Party newspaper, byline and bare date at the end): NHCSXH loans under Quyết định số 22/2023/QĐ-TTg, as of 30/6/2024.",
    "'Trong đó' parts after 287 khách hàng total 287. District items of dư nợ after 'tập trung ở các huyện' get no total (no cue after a figure).",
    "'Hiện dư nợ' gets the as-of date of the lead only as inherited. Policy limits 'vay tối đa' are at_most money figures; 7,8%/năm is a percent.",
    "The borrower's figures are located in his district Thái Thụy. 'tăng dư nợ … thêm 5 tỷ đồng' is the target amount itself, not a change.",
    "Distractors: 'Sau hơn 1 năm' (time frame), SN 1986, thôn 3, ra tù năm 2022, dates 17/8/2023, 30/6/2024, 15/07/2024.",
]

if __name__ == "__main__":
    emit("p670-5", TEXT, COMMENTS, FIGS, published="2024-07-15", location="Thái Bình")
